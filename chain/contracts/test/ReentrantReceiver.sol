// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// A hostile account used only in tests: it forwards any call to the marketplace
/// and, when paid, tries to re-enter withdraw() (or any call set with setReentry)
/// to take more than its credit.
contract ReentrantReceiver {
    address public immutable market;
    bytes public reentry;
    uint256 public reentries;
    uint256 public reentriesSucceeded;

    constructor(address m) {
        market = m;
        reentry = abi.encodeWithSignature("withdraw()");
    }

    function setReentry(bytes calldata data) external {
        reentry = data;
    }

    function exec(bytes calldata data) external payable returns (bytes memory) {
        (bool ok, bytes memory ret) = market.call{value: msg.value}(data);
        if (!ok) {
            assembly {
                revert(add(ret, 32), mload(ret))
            }
        }
        return ret;
    }

    receive() external payable {
        if (reentries >= 3) return;
        reentries++;
        (bool ok,) = market.call(reentry);
        if (ok) reentriesSucceeded++;
    }
}
