// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// An OpenZeppelin ERC-20, used only as the gas yardstick in benchmarks.
contract YardstickToken is ERC20 {
    constructor(uint256 supply) ERC20("Yardstick", "YRD") {
        _mint(msg.sender, supply);
    }
}
