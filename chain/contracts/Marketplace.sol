// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @notice The Marketplace's storage layout, events, errors and constants, shared
/// by the Marketplace and the Catalog whose code it runs with delegatecall.
abstract contract MarketState {
    // ---------------------------------------------------------------- constants

    uint8 internal constant ROLE_OWNER = 1;
    uint8 internal constant ROLE_COMPUTE = 2;
    uint8 internal constant ROLE_ALL = 3;

    uint8 internal constant ENGINE_FL = 1;
    uint8 internal constant ENGINE_HE = 2;
    uint8 internal constant ENGINE_MPC = 4;
    uint8 internal constant ENGINE_TEE = 8;
    uint8 internal constant ENGINE_ALL = 15;

    /// δ is fixed point with 18 decimals: 1e-5 is 1e13; it must stay below 1.
    uint64 internal constant DELTA_ONE = 1e18;
    uint16 internal constant BPS = 10000;
    /// Owners per job: the owner bitmaps of a Job are uint128. The network has on
    /// the order of 100 operators; see docs/fair-exchange.md, "Job size".
    uint256 internal constant MAX_DATASETS_PER_JOB = 128;
    uint256 internal constant MAX_COMPUTE_PER_JOB = 8;
    uint32 internal constant MAX_ROUNDS = 100000;
    uint256 internal constant MAX_STRING = 512;
    uint256 internal constant MAX_STEP = 4096;
    uint64 internal constant MAX_DURATION = 366 days;
    uint64 internal constant MAX_ACCEPT_WINDOW = 7 days;

    bytes32 internal constant RECEIPT_TYPEHASH = keccak256("Receipt(uint256 jobId,address owner,uint32 rounds)");
    bytes32 internal constant PAYLOAD_RECEIPT_TYPEHASH =
        keccak256("PayloadReceipt(uint256 jobId,address owner,bytes32 payloadHash)");
    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");

    // Job states.
    uint8 internal constant JOB_OPEN = 0; // submitted, waiting for acceptances
    uint8 internal constant JOB_STARTED = 1; // running
    uint8 internal constant JOB_SETTLED = 2; // result committed on time and not overturned
    uint8 internal constant JOB_FAILED = 3; // ended without a result (see the failure reasons)
    uint8 internal constant JOB_CANCELLED = 4; // never started; refunded in full

    // Why a job failed.
    uint8 internal constant FAIL_NO_RESULT = 1; // the aggregator did not commit by the commit deadline
    uint8 internal constant FAIL_HELPER = 2; // a compute node other than the aggregator withheld its step
    uint8 internal constant FAIL_DISPUTED = 3; // a quorum of owners disputed the committed result
    uint8 internal constant FAIL_ABORTED = 4; // the aggregator declared it cannot complete the job

    // Reasons in Credited events.
    uint8 internal constant CREDIT_REFUND = 0;
    uint8 internal constant CREDIT_OWNER_PAY = 1;
    uint8 internal constant CREDIT_FEE = 2;
    uint8 internal constant CREDIT_STAKE = 3;
    uint8 internal constant CREDIT_SUBMIT_FEE = 4;
    uint8 internal constant CREDIT_BOND = 5; // a fee paid from a slashed bond
    uint8 internal constant CREDIT_DISPUTE_BOND = 6; // a dispute bond returned

    // Job flags.
    uint8 internal constant F_COMMITTED = 1;
    uint8 internal constant F_CLOSED = 2;

    // -------------------------------------------------------------------- state

    struct Node {
        string endpoint;
        bytes32 tlsKey; // Ed25519 public key of the node's TLS certificate and protocol signatures
        uint8 roles;
        uint96 fee; // per job, compute role
        uint64 unlockAt; // set by unregisterNode
        uint128 stake;
        uint128 locked; // bonds of jobs this node accepted and that have not ended
    }

    /// ε (or δ) held by jobs not yet accepted, for the jobs whose acceptance window
    /// ends at `until`. A dataset has two: windows end on a grid of acceptWindow
    /// and last at most two steps of it, so at most two are live at any time.
    struct Reservation {
        uint32 until;
        uint64 epsilon;
        uint64 delta;
    }

    struct Dataset {
        address owner;
        uint8 engines;
        bool paused;
        uint16 minOwners;
        uint64 maxDelta; // largest δ a job may use, 1e-18 units
        uint96 price;
        uint96 submitFee; // paid by every submission naming the dataset, not refundable
        uint64 budget; // total ε, micro-ε
        uint64 spent; // ε committed by acceptances (given back if the job never starts)
        uint64 deltaBudget; // total δ, 1e-18 units
        uint64 deltaSpent;
        Reservation[2] held;
        bytes32 sha256Digest; // of the sealed ciphertext
        bytes32 metaHash; // SHA-256 of the public metadata document
        string uri;
    }

    /// A dataset as views show it, with the live reservations summed.
    struct DatasetInfo {
        address owner;
        bytes32 sha256Digest;
        bytes32 metaHash;
        string uri;
        uint256 price;
        uint256 submitFee;
        uint8 engines;
        uint16 minOwners;
        bool paused;
        uint64 budget;
        uint64 spent;
        uint64 reserved;
        uint64 maxDelta;
        uint64 deltaBudget;
        uint64 deltaSpent;
        uint64 deltaReserved;
    }

    struct JobParams {
        bytes32 specHash; // SHA-256 of the job specification
        string specURI; // where the spec is when it is not in calldata
        uint8 engine;
        uint256[] datasets;
        uint64 epsilon; // micro-ε, charged to every dataset
        uint64 delta; // 1e-18 units, charged to every dataset's δ budget
        uint32 rounds;
        uint16 dropouts;
        uint16 colluders;
        address[] compute; // compute[0] aggregates
        uint64 deadline; // unix seconds
        uint256 maxTotal; // the most the buyer agreed to pay: prices, compute fees and submission fees
    }

    /// A job's terms (who takes part and at what price, fixed at submission) are
    /// packed bytes: n (1 byte), k (1 byte), then for each of the n owners, in the
    /// order of the datasets, dataset id (uint64) | owner (address) | price
    /// (uint96) | submission fee (uint96), then for each of the k compute nodes,
    /// the aggregator first, node (address) | fee (uint96). The contract keeps
    /// their keccak256.
    uint256 internal constant OWNER_ENTRY = 52;
    uint256 internal constant COMPUTE_ENTRY = 32;

    struct Job {
        // slot 0
        address buyer;
        uint8 state;
        uint8 flags;
        uint8 failure;
        uint8 startQuorum; // owner acceptances needed to start
        uint8 ownersAccepted;
        uint8 ownersDeclined;
        uint8 confirmations; // owners whose commitment matched the result
        uint8 disputes;
        uint8 computeAccepted; // bitmap by compute index
        uint8 computeDeclined; // bitmap
        uint8 delivered; // bitmap: compute nodes proven to have delivered their step
        // slot 1
        uint32 acceptBy;
        uint32 deadline;
        uint32 endedAt;
        uint32 rounds;
        uint64 epsilon;
        uint64 delta;
        // slot 2
        uint128 escrow; // what the contract still holds for this job
        uint96 bond; // each compute node's bond: the sum of the compute fees
        uint8 engine;
        uint8 dropouts;
        uint16 colluders;
        // slot 3
        bytes32 termsHash;
        // slot 4
        bytes32 payloadHash;
        // slots 5-7: owner bitmaps by owner index (uint128: MAX_DATASETS_PER_JOB owners),
        // two to a slot, paired by the calls that touch them so that a job's usual
        // life writes few new slots (docs/fair-exchange.md, "Job size").
        // slot 5: every owner's answer and its one payment
        uint128 accepted;
        uint128 paid; // declined (its submission fee credited) or, having accepted, confirmed (paid)
        // slot 6: the commitments posted before the reveal, then the ones that matched it
        uint128 commitments; // running hash of (owner index, commitment) posted before the reveal
        uint128 matched; // its commitment matched the committed payload
        // slot 7: disputes
        uint128 disputed;
        uint128 forfeited;
    }

    mapping(address => Node) internal nodes;
    mapping(uint256 => Dataset) internal datasets;
    mapping(uint256 => Job) internal jobs;
    mapping(address => uint256) public credits;

    uint256 public datasetCount;
    uint256 public jobCount;
    // The contract's balance is the sum of the jobs' escrow, the accounts'
    // credits, the stakes and what was burned. No later call reads the first two
    // sums, so they are not kept (each would cost every payment a storage write).
    uint256 public totalStaked;
    uint256 public totalBurned;

    // ------------------------------------------------------------------- events

    event NodeRegistered(address indexed node, string endpoint, bytes32 tlsKey, uint8 roles, uint256 fee, uint256 stake);
    event NodeUpdated(address indexed node, string endpoint, bytes32 tlsKey, uint8 roles, uint256 fee, uint256 stake);
    event NodeUnregistered(address indexed node, uint64 unlockAt);
    event StakeReleased(address indexed node, uint256 amount);
    event DatasetPublished(
        uint256 indexed id,
        address indexed owner,
        bytes32 sha256Digest,
        string uri,
        bytes32 metaHash,
        uint256 price,
        uint256 submitFee,
        uint8 engines,
        uint64 budget,
        uint64 maxDelta,
        uint64 deltaBudget,
        uint16 minOwners,
        bytes metadata
    );
    event DatasetUpdated(uint256 indexed id, uint256 price, uint256 submitFee, uint8 engines, bool paused);
    event DatasetRestricted(uint256 indexed id, uint64 budget, uint64 maxDelta, uint64 deltaBudget);
    event JobSubmitted(
        uint256 indexed id,
        address indexed buyer,
        bytes32 specHash,
        uint8 engine,
        uint64 epsilon,
        uint64 delta,
        uint32 rounds,
        uint16 dropouts,
        uint16 colluders,
        uint64 acceptBy,
        uint64 deadline,
        uint256 payment,
        bytes terms
    );
    event JobSpec(uint256 indexed id, string specURI, bytes spec);
    event JobAccepted(uint256 indexed id, address indexed participant);
    event JobDeclined(uint256 indexed id, address indexed participant, string reason);
    event JobStarted(uint256 indexed id, uint16 ownersAccepted);
    event JobCancelled(uint256 indexed id, uint256 refund);
    event StepAttested(uint256 indexed id, address indexed node, bytes32 stepHash, bytes data);
    event ResultCommitted(uint256 indexed id, bytes32 payloadHash, bytes32 blobHash, string uri, uint8 delivered);
    event ResultConfirmed(uint256 indexed id, address indexed owner, bytes32 commitment, uint32 rounds, uint256 amount);
    event ResultDisputed(uint256 indexed id, address indexed owner, uint8 disputes);
    event BondForfeited(uint256 indexed id, address indexed owner, uint256 amount);
    event JobSettled(uint256 indexed id, uint256 fees);
    event JobAborted(uint256 indexed id, string reason);
    event JobFailed(uint256 indexed id, uint8 reason, uint256 refund, uint256 slashed, uint256 burned);
    event JobClosed(uint256 indexed id, uint256 refund);
    event Credited(address indexed account, uint256 indexed jobId, uint256 amount, uint8 reason);
    event Withdrawn(address indexed account, address to, uint256 amount);

    // ------------------------------------------------------------------- errors

    error InvalidConfig(string field);
    error NotDelegated();
    error InvalidRoles(uint8 roles);
    error InvalidFee(uint256 fee);
    error InvalidEndpoint();
    error InvalidKey();
    error AlreadyRegistered(address node);
    error NotRegistered(address node);
    error InsufficientStake(uint256 have, uint256 need);
    error BondUnavailable(uint256 available, uint256 bond);
    error NodeBusy(uint256 locked);
    error StakeLocked(uint64 unlockAt);
    error NoStake();
    error StillRegistered(address node);
    error InvalidDigest();
    error InvalidURI();
    error MetadataHashMismatch();
    error InvalidPrice();
    error InvalidEngines(uint8 engines);
    error InvalidBudget();
    error InvalidDelta(uint64 delta);
    error InvalidMinOwners(uint16 minOwners);
    error UnknownDataset(uint256 id);
    error NotDatasetOwner(uint256 id);
    error CannotLoosen(uint256 id);
    error BudgetBelowCommitted(uint256 id, uint64 committed);
    error InvalidEngine(uint8 engine);
    error InvalidDatasets();
    error InvalidCompute();
    error InvalidEpsilon();
    error InvalidRounds(uint32 rounds);
    error InvalidDropouts(uint16 dropouts, uint256 owners);
    error InvalidDeadline(uint64 deadline, uint64 earliest, uint64 latest);
    error InvalidSpec();
    error SpecHashMismatch();
    error DatasetPaused(uint256 id);
    error EngineNotAllowed(uint256 id, uint8 engine);
    error BudgetExceeded(uint256 id, uint64 requested, uint64 remaining);
    error DeltaBudgetExceeded(uint256 id, uint64 requested, uint64 remaining);
    error DeltaTooLarge(uint256 id, uint64 delta, uint64 maxDelta);
    error TooFewOwners(uint256 id, uint256 owners, uint16 minOwners);
    error DuplicateOwner(address owner);
    error NotComputeNode(address node);
    error DuplicateCompute(address node);
    error ParticipantConflict(address node);
    error PriceAboveMax(uint256 total, uint256 maxTotal);
    error InsufficientPayment(uint256 paid, uint256 required);
    error UnknownJob(uint256 id);
    error BadTerms(uint256 id);
    error BadCommitments(uint256 id);
    error WrongState(uint256 id, uint8 state);
    error NotBuyer(uint256 id);
    error NotParticipant(uint256 id, address who);
    error NotOwnerRole(address owner);
    error AlreadyAccepted(uint256 id, address who);
    error AlreadyDeclined(uint256 id, address who);
    error InvalidReason();
    error HasAcceptances(uint256 id);
    error AcceptanceClosed(uint256 id, uint64 acceptBy);
    error AcceptanceOpen(uint256 id, uint64 acceptBy);
    error NotAggregator(uint256 id);
    error NotHelper(uint256 id, address who);
    error AlreadyAttested(uint256 id, address node);
    error InvalidStep();
    error AlreadyCommitted(uint256 id);
    error NotCommitted(uint256 id);
    error InvalidResult();
    error DeadlinePassed(uint256 id, uint64 deadline);
    error DeadlineNotReached(uint256 id, uint64 deadline);
    error NotDecided(uint256 id, uint64 deadline);
    error AlreadyConfirmed(uint256 id, address owner);
    error NotAccepted(uint256 id, address who);
    error WrongBond(uint256 paid, uint256 bond);
    error AlreadyDisputed(uint256 id, address owner);
    error NotDisputed(uint256 id, address owner);
    error BadReceipt();
    error BadPayloadReceipt();
    error RedeemWindowOpen(uint256 id, uint64 closesAt);
    error RedeemWindowClosed(uint256 id);
    error AlreadyClosed(uint256 id);
    error InvalidRecipient();
    error NothingToWithdraw();
    error TransferFailed();

    // ------------------------------------------------------------ reservations

    /// Reservations lapse at their window's end without a transaction: only
    /// buckets whose window has not ended count.
    function _reserved(Dataset storage d) internal view returns (uint64 eps, uint64 delta) {
        for (uint256 i = 0; i < 2; i++) {
            Reservation storage r = d.held[i];
            if (r.until > block.timestamp) {
                eps += r.epsilon;
                delta += r.delta;
            }
        }
    }

    function _credit(address to, uint256 id, uint256 amount, uint8 reason) internal {
        if (amount == 0) return;
        credits[to] += amount;
        emit Credited(to, id, amount, reason);
    }
}

/// @notice The node registry's and the dataset catalog's entry points. The Marketplace creates it and runs it with delegatecall (its
/// fallback), in the Marketplace's own storage, to stay within the 24,576-byte
/// code limit; called directly it would only touch its own, unused, storage.
contract Catalog is MarketState {
    uint256 internal immutable minStake;
    uint64 internal immutable unstakeDelay;
    address internal immutable self;

    constructor(uint256 minStake_, uint64 unstakeDelay_) {
        minStake = minStake_;
        unstakeDelay = unstakeDelay_;
        self = address(this);
    }

    /// Catalog code runs only inside the Marketplace (delegatecall): called
    /// directly it would keep value and state nobody reads.
    modifier delegated() {
        if (address(this) == self) revert NotDelegated();
        _;
    }

    // ------------------------------------------------------------ node registry

    function registerNode(string calldata endpoint, bytes32 tlsKey, uint8 roles, uint256 fee) external payable delegated {
        Node storage n = nodes[msg.sender];
        if (n.roles != 0) revert AlreadyRegistered(msg.sender);
        _setNode(n, endpoint, tlsKey, roles, fee);
        emit NodeRegistered(msg.sender, endpoint, tlsKey, roles, fee, n.stake);
    }

    function updateNode(string calldata endpoint, bytes32 tlsKey, uint8 roles, uint256 fee) external payable delegated {
        Node storage n = nodes[msg.sender];
        if (n.roles == 0) revert NotRegistered(msg.sender);
        _setNode(n, endpoint, tlsKey, roles, fee);
        emit NodeUpdated(msg.sender, endpoint, tlsKey, roles, fee, n.stake);
    }

    function _setNode(Node storage n, string calldata endpoint, bytes32 tlsKey, uint8 roles, uint256 fee) internal {
        if (roles == 0 || roles & ~ROLE_ALL != 0) revert InvalidRoles(roles);
        if (bytes(endpoint).length == 0 || bytes(endpoint).length > MAX_STRING) revert InvalidEndpoint();
        if (tlsKey == bytes32(0)) revert InvalidKey();
        if (fee > type(uint96).max) revert InvalidFee(fee);
        uint256 stake = n.stake + msg.value;
        if (roles & ROLE_COMPUTE != 0 && stake < minStake) revert InsufficientStake(stake, minStake);
        n.endpoint = endpoint;
        n.tlsKey = tlsKey;
        n.roles = roles;
        n.fee = uint96(fee);
        n.stake = uint128(stake);
        n.unlockAt = 0;
        totalStaked += msg.value;
    }

    /// @notice Leaves the registry; the stake can be claimed after unstakeDelay.
    /// A node whose stake bonds a job that has not ended cannot leave.
    function unregisterNode() external delegated {
        Node storage n = nodes[msg.sender];
        if (n.roles == 0) revert NotRegistered(msg.sender);
        if (n.locked != 0) revert NodeBusy(n.locked);
        n.roles = 0;
        n.unlockAt = uint64(block.timestamp) + unstakeDelay;
        emit NodeUnregistered(msg.sender, n.unlockAt);
    }

    function claimStake() external delegated {
        Node storage n = nodes[msg.sender];
        if (n.roles != 0) revert StillRegistered(msg.sender);
        uint256 amount = n.stake;
        if (n.unlockAt == 0 || amount == 0) revert NoStake();
        if (block.timestamp < n.unlockAt) revert StakeLocked(n.unlockAt);
        n.stake = 0;
        n.unlockAt = 0;
        totalStaked -= amount;
        emit StakeReleased(msg.sender, amount);
        _credit(msg.sender, 0, amount, CREDIT_STAKE);
    }

    function getNode(address node) external view returns (Node memory) {
        return nodes[node];
    }

    // ----------------------------------------------------------------- datasets

    struct PublishParams {
        bytes32 sha256Digest;
        string uri;
        bytes32 metaHash;
        uint256 price;
        uint256 submitFee;
        uint8 engines;
        uint64 budget;
        uint64 maxDelta;
        uint64 deltaBudget;
        uint16 minOwners;
    }

    /// @param metadata the public metadata document, or empty when it is published elsewhere;
    /// when given it must hash to p.metaHash and is kept in the DatasetPublished event.
    function publishDataset(PublishParams calldata p, bytes calldata metadata) external delegated returns (uint256 id) {
        if (p.sha256Digest == bytes32(0) || p.metaHash == bytes32(0)) revert InvalidDigest();
        if (!_validBlobURI(bytes(p.uri))) revert InvalidURI();
        if (metadata.length != 0 && sha256(metadata) != p.metaHash) revert MetadataHashMismatch();
        _checkPrice(p.price, p.submitFee);
        if (p.engines == 0 || p.engines & ~ENGINE_ALL != 0) revert InvalidEngines(p.engines);
        if (p.budget == 0) revert InvalidBudget();
        if (p.maxDelta >= DELTA_ONE) revert InvalidDelta(p.maxDelta);
        if (p.deltaBudget >= DELTA_ONE) revert InvalidDelta(p.deltaBudget);
        if (p.minOwners == 0 || p.minOwners > MAX_DATASETS_PER_JOB) revert InvalidMinOwners(p.minOwners);
        id = ++datasetCount;
        Dataset storage d = datasets[id];
        d.owner = msg.sender;
        d.engines = p.engines;
        d.minOwners = p.minOwners;
        d.maxDelta = p.maxDelta;
        d.price = uint96(p.price);
        d.submitFee = uint96(p.submitFee);
        d.budget = p.budget;
        d.deltaBudget = p.deltaBudget;
        // Create both reservation buckets now (a window that ended long ago), so that no
        // job pays for creating storage when it reserves.
        d.held[0].until = 1;
        d.held[1].until = 1;
        d.sha256Digest = p.sha256Digest;
        d.metaHash = p.metaHash;
        d.uri = p.uri;
        emit DatasetPublished(
            id,
            msg.sender,
            p.sha256Digest,
            p.uri,
            p.metaHash,
            p.price,
            p.submitFee,
            p.engines,
            p.budget,
            p.maxDelta,
            p.deltaBudget,
            p.minOwners,
            metadata
        );
    }

    function _checkPrice(uint256 price, uint256 submitFee) internal pure {
        if (price == 0 || price > type(uint96).max || submitFee > type(uint96).max) revert InvalidPrice();
    }

    function _validBlobURI(bytes memory u) internal pure returns (bool) {
        if (u.length > MAX_STRING) return false;
        return (_hasPrefix(u, "veil-dir://") && u.length > 11) || (_hasPrefix(u, "ipfs://") && u.length > 7);
    }

    function _hasPrefix(bytes memory s, bytes memory prefix) internal pure returns (bool) {
        if (s.length < prefix.length) return false;
        for (uint256 i = 0; i < prefix.length; i++) {
            if (s[i] != prefix[i]) return false;
        }
        return true;
    }

    /// @notice Changes the terms that may change: price, submission fee, engines,
    /// pause. Jobs already submitted keep the price and fee they escrowed.
    function updateDataset(uint256 id, uint256 price, uint256 submitFee, uint8 engines, bool paused) external delegated {
        Dataset storage d = _ownedDataset(id);
        _checkPrice(price, submitFee);
        if (engines == 0 || engines & ~ENGINE_ALL != 0) revert InvalidEngines(engines);
        d.price = uint96(price);
        d.submitFee = uint96(submitFee);
        d.engines = engines;
        d.paused = paused;
        emit DatasetUpdated(id, price, submitFee, engines, paused);
    }

    /// @notice Tightens the privacy terms; they can never be loosened.
    function restrictDataset(uint256 id, uint64 budget, uint64 maxDelta, uint64 deltaBudget) external delegated {
        Dataset storage d = _ownedDataset(id);
        if (budget > d.budget || maxDelta > d.maxDelta || deltaBudget > d.deltaBudget) revert CannotLoosen(id);
        (uint64 eps, uint64 delta) = _reserved(d);
        uint64 committed = d.spent + eps;
        if (budget < committed || budget == 0) revert BudgetBelowCommitted(id, committed);
        uint64 deltaCommitted = d.deltaSpent + delta;
        if (deltaBudget < deltaCommitted) revert BudgetBelowCommitted(id, deltaCommitted);
        d.budget = budget;
        d.maxDelta = maxDelta;
        d.deltaBudget = deltaBudget;
        emit DatasetRestricted(id, budget, maxDelta, deltaBudget);
    }

    function _ownedDataset(uint256 id) internal view returns (Dataset storage d) {
        d = datasets[id];
        if (d.owner == address(0)) revert UnknownDataset(id);
        if (d.owner != msg.sender) revert NotDatasetOwner(id);
    }

    function getDataset(uint256 id) external view returns (DatasetInfo memory info) {
        Dataset storage d = datasets[id];
        if (d.owner == address(0)) revert UnknownDataset(id);
        (uint64 eps, uint64 delta) = _reserved(d);
        info = DatasetInfo({
            owner: d.owner,
            sha256Digest: d.sha256Digest,
            metaHash: d.metaHash,
            uri: d.uri,
            price: d.price,
            submitFee: d.submitFee,
            engines: d.engines,
            minOwners: d.minOwners,
            paused: d.paused,
            budget: d.budget,
            spent: d.spent,
            reserved: eps,
            maxDelta: d.maxDelta,
            deltaBudget: d.deltaBudget,
            deltaSpent: d.deltaSpent,
            deltaReserved: delta
        });
    }
}

/// @title Veil Marketplace (v2)
/// @notice Catalog of sealed datasets, node registry, escrow of jobs, per-dataset
/// privacy budgets (ε and δ), result commitments, bonds and pull payments. The
/// rules, and the attack each one stops, are in docs/fair-exchange.md.
/// @dev There is no admin key: no function moves funds that the caller is not
/// entitled to. Every state change emits an event so that the catalog and the
/// job history can be rebuilt from logs. Checks-effects-interactions everywhere;
/// the only external calls are the transfer in withdrawTo() and the delegatecall
/// to the Catalog's code (created by the constructor, immutable).
///
/// Gas: a job keeps in storage only what later calls read. Its participants,
/// their prices and fees (JobTerms) are in the JobSubmitted event and in storage
/// only as a hash; every later call passes them back as calldata and the
/// contract checks them against the hash. Participants' progress is kept in
/// bitmaps indexed by their position in the terms.
contract Marketplace is MarketState {
    /// Where the catalog's code is (see Catalog); created by the constructor.
    address public immutable catalog;

    // -------------------------------------------------------- deploy parameters

    struct Config {
        uint256 minStake; // stake a compute node must hold
        uint64 unstakeDelay; // seconds between unregisterNode and claimStake
        uint64 acceptWindow; // acceptance windows end on multiples of this, at least this after submission
        uint64 minJobDuration; // bounds on deadline - submission time
        uint64 maxJobDuration;
        uint64 confirmWindow; // the last part of a job: after the commit deadline, owners confirm or dispute
        uint64 redeemWindow; // seconds after a job ends in which owners still confirm and are paid
        uint16 kappaBps; // share of an owner's price its spent ε earns (presence); first round onwards by receipts
        uint256 disputeBond; // what an owner puts up to dispute a result
    }

    uint256 public immutable minStake;
    uint64 public immutable unstakeDelay;
    uint64 public immutable acceptWindow;
    uint64 public immutable minJobDuration;
    uint64 public immutable maxJobDuration;
    uint64 public immutable confirmWindow;
    uint64 public immutable redeemWindow;
    uint16 public immutable kappaBps;
    uint256 public immutable disputeBond;
    uint256 internal immutable cachedChainId;
    bytes32 internal immutable cachedDomain;

    // -------------------------------------------------------------- constructor

    constructor(Config memory c) {
        if (c.kappaBps > BPS) revert InvalidConfig("kappaBps");
        if (c.minStake > type(uint128).max) revert InvalidConfig("minStake");
        if (c.disputeBond > type(uint96).max) revert InvalidConfig("disputeBond");
        if (c.unstakeDelay > MAX_DURATION) revert InvalidConfig("unstakeDelay");
        if (c.acceptWindow == 0 || c.acceptWindow > MAX_ACCEPT_WINDOW) revert InvalidConfig("acceptWindow");
        if (c.confirmWindow == 0 || c.confirmWindow > MAX_DURATION) revert InvalidConfig("confirmWindow");
        // An acceptance window lasts up to two grid steps; the result's commit
        // deadline (deadline - confirmWindow) must fall after it.
        if (c.minJobDuration <= 2 * c.acceptWindow + c.confirmWindow) revert InvalidConfig("minJobDuration");
        if (c.maxJobDuration < c.minJobDuration || c.maxJobDuration > MAX_DURATION) {
            revert InvalidConfig("maxJobDuration");
        }
        if (c.redeemWindow == 0 || c.redeemWindow > MAX_DURATION) revert InvalidConfig("redeemWindow");
        minStake = c.minStake;
        unstakeDelay = c.unstakeDelay;
        acceptWindow = c.acceptWindow;
        minJobDuration = c.minJobDuration;
        maxJobDuration = c.maxJobDuration;
        confirmWindow = c.confirmWindow;
        redeemWindow = c.redeemWindow;
        kappaBps = c.kappaBps;
        disputeBond = c.disputeBond;
        cachedChainId = block.chainid;
        cachedDomain = _domainSeparator();
        catalog = address(new Catalog(c.minStake, c.unstakeDelay));
    }

    /// @notice The EIP-712 domain separator of this chain: it follows block.chainid,
    /// so a signature made for one side of a fork does not verify on the other.
    function DOMAIN_SEPARATOR() public view returns (bytes32) {
        return block.chainid == cachedChainId ? cachedDomain : _domainSeparator();
    }

    function _domainSeparator() internal view returns (bytes32) {
        return keccak256(
            abi.encode(DOMAIN_TYPEHASH, keccak256("Veil Marketplace"), keccak256("1"), block.chainid, address(this))
        );
    }

    /// @notice Every registry and catalog call (registerNode ... getNode,
    /// publishDataset ... getDataset) runs the Catalog's code in this contract's storage.
    fallback() external payable {
        address c = catalog;
        assembly {
            calldatacopy(0, 0, calldatasize())
            let ok := delegatecall(gas(), c, 0, calldatasize(), 0, 0)
            returndatacopy(0, 0, returndatasize())
            if iszero(ok) { revert(0, returndatasize()) }
            return(0, returndatasize())
        }
    }

    function _reserve(Dataset storage d, uint32 until, uint64 eps, uint64 delta) internal {
        Reservation storage r = d.held[(until / acceptWindow) % 2];
        if (r.until != until) {
            // The bucket of the same parity belongs to a window that has ended.
            r.until = until;
            r.epsilon = eps;
            r.delta = delta;
        } else {
            r.epsilon += eps;
            r.delta += delta;
        }
    }

    function _unreserve(Dataset storage d, uint32 until, uint64 eps, uint64 delta) internal {
        if (block.timestamp >= until) return; // lapsed already
        Reservation storage r = d.held[(until / acceptWindow) % 2];
        r.epsilon -= eps;
        r.delta -= delta;
    }

    // ------------------------------------------------------------- submission

    /// @param spec the job specification, or empty when it is at p.specURI;
    /// when given it must hash (SHA-256) to p.specHash and is kept in the JobSpec event.
    function submitJob(JobParams calldata p, bytes calldata spec) external payable returns (uint256 id) {
        _checkJobParams(p, spec);
        id = ++jobCount;
        Job storage j = jobs[id];
        uint32 acceptBy = uint32((block.timestamp / acceptWindow + 2) * acceptWindow);
        uint256 n = p.datasets.length;
        bytes memory terms = new bytes(2 + n * OWNER_ENTRY + p.compute.length * COMPUTE_ENTRY + 32);
        (uint256 prices, uint256 submitFees) = _bindDatasets(j, p, terms, acceptBy);
        uint256 fees = _bindCompute(p, terms);
        assembly {
            mstore(terms, sub(mload(terms), 32)) // the padding let every field be written with mstore
        }
        uint256 required = prices + fees + submitFees;
        if (required > p.maxTotal) revert PriceAboveMax(required, p.maxTotal);
        if (msg.value < required) revert InsufficientPayment(msg.value, required);
        j.buyer = msg.sender;
        j.acceptBy = acceptBy;
        j.deadline = uint32(p.deadline);
        j.rounds = p.rounds;
        j.epsilon = p.epsilon;
        j.delta = p.delta;
        // The submission fees stay in escrow until each owner's first payment: its
        // decline, its confirmation, or the job's cancellation or closing. They are
        // owed from now on whatever happens, and crediting them with the owner's
        // other payment saves a storage write per owner.
        j.escrow = uint128(msg.value);
        j.bond = uint96(fees);
        j.engine = p.engine;
        j.dropouts = uint8(p.dropouts);
        j.colluders = p.colluders;
        j.termsHash = keccak256(terms);
        emit JobSubmitted(
            id,
            msg.sender,
            p.specHash,
            p.engine,
            p.epsilon,
            p.delta,
            p.rounds,
            p.dropouts,
            p.colluders,
            acceptBy,
            p.deadline,
            msg.value,
            terms
        );
        emit JobSpec(id, p.specURI, spec);
    }

    function _checkJobParams(JobParams calldata p, bytes calldata spec) internal view {
        if (p.engine == 0 || p.engine & ~ENGINE_ALL != 0 || p.engine & (p.engine - 1) != 0) {
            revert InvalidEngine(p.engine);
        }
        uint256 n = p.datasets.length;
        if (n == 0 || n > MAX_DATASETS_PER_JOB) revert InvalidDatasets();
        if (p.compute.length == 0 || p.compute.length > MAX_COMPUTE_PER_JOB) revert InvalidCompute();
        if (p.epsilon == 0) revert InvalidEpsilon();
        if (p.delta >= DELTA_ONE) revert InvalidDelta(p.delta);
        if (p.rounds == 0 || p.rounds > MAX_ROUNDS) revert InvalidRounds(p.rounds);
        if (p.dropouts >= n) revert InvalidDropouts(p.dropouts, n);
        uint64 earliest = uint64(block.timestamp) + minJobDuration;
        uint64 latest = uint64(block.timestamp) + maxJobDuration;
        if (p.deadline < earliest || p.deadline > latest) revert InvalidDeadline(p.deadline, earliest, latest);
        if (p.specHash == bytes32(0) || bytes(p.specURI).length > MAX_STRING) revert InvalidSpec();
        if (spec.length == 0) {
            if (bytes(p.specURI).length == 0) revert InvalidSpec();
        } else if (sha256(spec) != p.specHash) {
            revert SpecHashMismatch();
        }
    }

    /// Checks every dataset against its terms, reserves ε and δ until the window
    /// closes, writes the owners' entries of the terms, and returns the sums of
    /// prices and of submission fees.
    function _bindDatasets(Job storage j, JobParams calldata p, bytes memory terms, uint32 acceptBy)
        internal
        returns (uint256 prices, uint256 submitFees)
    {
        uint256 n = p.datasets.length;
        uint256 quorum = n - p.dropouts;
        _put(terms, 0, n, 8);
        _put(terms, 1, p.compute.length, 8);
        for (uint256 i = 0; i < n; i++) {
            uint256 dsID = p.datasets[i];
            Dataset storage d = datasets[dsID];
            address owner = d.owner;
            if (owner == address(0)) revert UnknownDataset(dsID);
            if (d.paused) revert DatasetPaused(dsID);
            if (d.engines & p.engine == 0) revert EngineNotAllowed(dsID, p.engine);
            if (p.delta > d.maxDelta) revert DeltaTooLarge(dsID, p.delta, d.maxDelta);
            if (n < d.minOwners) revert TooFewOwners(dsID, n, d.minOwners);
            _checkBudget(dsID, d, p.epsilon, p.delta);
            if (d.minOwners > quorum) quorum = d.minOwners;
            for (uint256 k = 0; k < i; k++) {
                if (_memOwner(terms, k) == owner) revert DuplicateOwner(owner);
            }
            uint256 at = 2 + i * OWNER_ENTRY;
            _put(terms, at, dsID, 64);
            _put(terms, at + 8, uint160(owner), 160);
            _put(terms, at + 28, d.price, 96);
            _put(terms, at + 40, d.submitFee, 96);
            prices += d.price;
            submitFees += d.submitFee;
            _reserve(d, acceptBy, p.epsilon, p.delta);
        }
        j.startQuorum = uint8(quorum);
    }

    function _checkBudget(uint256 id, Dataset storage d, uint64 eps, uint64 delta) internal view {
        (uint64 heldEps, uint64 heldDelta) = _reserved(d);
        uint64 remaining = d.budget - d.spent - heldEps;
        if (eps > remaining) revert BudgetExceeded(id, eps, remaining);
        uint64 deltaRemaining = d.deltaBudget - d.deltaSpent - heldDelta;
        if (delta > deltaRemaining) revert DeltaBudgetExceeded(id, delta, deltaRemaining);
    }

    /// Checks the compute nodes, writes their entries of the terms and returns
    /// the sum of their fees.
    function _bindCompute(JobParams calldata p, bytes memory terms) internal view returns (uint256 total) {
        uint256 n = p.datasets.length;
        uint256 base = 2 + n * OWNER_ENTRY;
        for (uint256 i = 0; i < p.compute.length; i++) {
            address c = p.compute[i];
            Node storage node = nodes[c];
            if (node.roles & ROLE_COMPUTE == 0) revert NotComputeNode(c);
            // A node slashed below the minimum stake cannot be named until it tops up.
            if (node.stake < minStake) revert InsufficientStake(node.stake, minStake);
            for (uint256 m = 0; m < i; m++) {
                if (p.compute[m] == c) revert DuplicateCompute(c);
            }
            for (uint256 m = 0; m < n; m++) {
                if (_memOwner(terms, m) == c) revert ParticipantConflict(c);
            }
            uint256 at = base + i * COMPUTE_ENTRY;
            _put(terms, at, uint160(c), 160);
            _put(terms, at + 20, node.fee, 96);
            total += node.fee;
        }
    }

    /// Writes the top `bits` of a 32-byte word holding value at byte `at` of b.
    /// Fields are written in order, so what the word spills over is rewritten later.
    function _put(bytes memory b, uint256 at, uint256 value, uint256 bits) internal pure {
        assembly {
            mstore(add(add(b, 32), at), shl(sub(256, bits), value))
        }
    }

    function _memOwner(bytes memory terms, uint256 i) internal pure returns (address owner) {
        assembly {
            owner := shr(96, mload(add(add(terms, 32), add(10, mul(i, 52)))))
        }
    }

    // ---------------------------------------------------------------- terms

    function _job(uint256 id) internal view returns (Job storage j) {
        j = jobs[id];
        if (j.buyer == address(0)) revert UnknownJob(id);
    }

    /// The job, with the terms passed checked against the hash kept at submission.
    function _jobWith(uint256 id, bytes calldata terms) internal view returns (Job storage j) {
        j = _job(id);
        if (keccak256(terms) != j.termsHash) revert BadTerms(id);
    }

    function _word(bytes calldata t, uint256 at) internal pure returns (uint256 w) {
        assembly {
            w := calldataload(add(t.offset, at))
        }
    }

    function _owners(bytes calldata t) internal pure returns (uint256) {
        return uint8(t[0]);
    }

    function _computeCount(bytes calldata t) internal pure returns (uint256) {
        return uint8(t[1]);
    }

    function _datasetAt(bytes calldata t, uint256 i) internal pure returns (uint256) {
        return _word(t, 2 + i * OWNER_ENTRY) >> 192;
    }

    function _ownerAt(bytes calldata t, uint256 i) internal pure returns (address) {
        return address(uint160(_word(t, 10 + i * OWNER_ENTRY) >> 96));
    }

    function _priceAt(bytes calldata t, uint256 i) internal pure returns (uint256) {
        return _word(t, 30 + i * OWNER_ENTRY) >> 160;
    }

    function _submitFeeAt(bytes calldata t, uint256 i) internal pure returns (uint256) {
        return _word(t, 42 + i * OWNER_ENTRY) >> 160;
    }

    /// Credits owner i its submission fee, held in escrow since the submission.
    function _paySubmitFee(uint256 id, Job storage j, bytes calldata terms, uint256 i) internal {
        uint256 fee = _submitFeeAt(terms, i);
        if (fee == 0) return;
        j.escrow -= uint128(fee);
        _credit(_ownerAt(terms, i), id, fee, CREDIT_SUBMIT_FEE);
    }

    function _computeAt(bytes calldata t, uint256 i) internal pure returns (address) {
        return address(uint160(_word(t, 2 + _owners(t) * OWNER_ENTRY + i * COMPUTE_ENTRY) >> 96));
    }

    function _feeAt(bytes calldata t, uint256 i) internal pure returns (uint256) {
        return _word(t, 22 + _owners(t) * OWNER_ENTRY + i * COMPUTE_ENTRY) >> 160;
    }

    /// Position of `who` among the owners (isOwner) or the compute nodes.
    function _find(uint256 id, bytes calldata t, address who) internal pure returns (bool isOwner, uint256 i) {
        uint256 n = _owners(t);
        for (i = 0; i < n; i++) {
            if (_ownerAt(t, i) == who) return (true, i);
        }
        uint256 k = _computeCount(t);
        for (i = 0; i < k; i++) {
            if (_computeAt(t, i) == who) return (false, i);
        }
        revert NotParticipant(id, who);
    }

    /// Position of an owner that accepted job id.
    function _acceptedOwner(uint256 id, Job storage j, bytes calldata t, address who) internal view returns (uint256 i) {
        uint256 n = _owners(t);
        for (i = 0; i < n; i++) {
            if (_ownerAt(t, i) == who) {
                if (j.accepted & (uint128(1) << i) == 0) break;
                return i;
            }
        }
        revert NotAccepted(id, who);
    }

    function _all(uint256 k) internal pure returns (uint8) {
        return uint8((1 << k) - 1);
    }

    // --------------------------------------------------------------- acceptance

    /// @notice A participant (dataset owner or compute node of the job) agrees to run
    /// it. An owner's acceptance spends its dataset's ε and δ (given back if the job
    /// never starts); a compute node's reserves a bond of the job's fees from its stake.
    function acceptJob(uint256 id, bytes calldata terms) external {
        Job storage j = _jobWith(id, terms);
        if (j.state != JOB_OPEN) revert WrongState(id, j.state);
        if (block.timestamp >= j.acceptBy) revert AcceptanceClosed(id, j.acceptBy);
        (bool isOwner, uint256 i) = _find(id, terms, msg.sender);
        Node storage n = nodes[msg.sender];
        if (isOwner) {
            uint128 bit = uint128(1) << i;
            if (j.accepted & bit != 0) revert AlreadyAccepted(id, msg.sender);
            if (j.paid & bit != 0) revert AlreadyDeclined(id, msg.sender);
            if (n.roles & ROLE_OWNER == 0) revert NotOwnerRole(msg.sender);
            Dataset storage d = datasets[_datasetAt(terms, i)];
            _unreserve(d, j.acceptBy, j.epsilon, j.delta);
            d.spent += j.epsilon;
            d.deltaSpent += j.delta;
            j.accepted |= bit;
            j.ownersAccepted++;
        } else {
            uint8 bit = uint8(1 << i);
            if (j.computeAccepted & bit != 0) revert AlreadyAccepted(id, msg.sender);
            if (j.computeDeclined & bit != 0) revert AlreadyDeclined(id, msg.sender);
            if (n.roles & ROLE_COMPUTE == 0) revert NotComputeNode(msg.sender);
            if (n.stake < minStake) revert InsufficientStake(n.stake, minStake);
            uint256 available = n.stake - n.locked;
            if (available < j.bond) revert BondUnavailable(available, j.bond);
            n.locked += j.bond;
            j.computeAccepted |= bit;
        }
        emit JobAccepted(id, msg.sender);
        if (j.ownersAccepted == _owners(terms) && j.computeAccepted == _all(_computeCount(terms))) {
            _start(id, j, terms);
        }
    }

    /// @notice A participant refuses a job it is named in, saying why (the buyer
    /// reads the reason from the JobDeclined event). An owner's decline releases
    /// its dataset's reservation at once.
    function declineJob(uint256 id, bytes calldata terms, string calldata reason) external {
        Job storage j = _jobWith(id, terms);
        if (j.state != JOB_OPEN) revert WrongState(id, j.state);
        (bool isOwner, uint256 i) = _find(id, terms, msg.sender);
        if (bytes(reason).length > MAX_STRING) revert InvalidReason();
        if (isOwner) {
            uint128 bit = uint128(1) << i;
            if (j.accepted & bit != 0) revert AlreadyAccepted(id, msg.sender);
            if (j.paid & bit != 0) revert AlreadyDeclined(id, msg.sender);
            _unreserve(datasets[_datasetAt(terms, i)], j.acceptBy, j.epsilon, j.delta);
            j.paid |= bit;
            j.ownersDeclined++;
            _paySubmitFee(id, j, terms, i);
        } else {
            uint8 bit = uint8(1 << i);
            if (j.computeAccepted & bit != 0) revert AlreadyAccepted(id, msg.sender);
            if (j.computeDeclined & bit != 0) revert AlreadyDeclined(id, msg.sender);
            j.computeDeclined |= bit;
        }
        emit JobDeclined(id, msg.sender, reason);
    }

    /// @notice The buyer withdraws, with a full refund (submission fees excepted), a
    /// job that nobody has accepted yet, or one that can no longer start because
    /// participants declined it.
    function cancelJob(uint256 id, bytes calldata terms) external {
        Job storage j = _jobWith(id, terms);
        if (msg.sender != j.buyer) revert NotBuyer(id);
        if (j.state != JOB_OPEN) revert WrongState(id, j.state);
        bool cannotStart = j.computeDeclined != 0 || _owners(terms) - j.ownersDeclined < j.startQuorum;
        if ((j.ownersAccepted != 0 || j.computeAccepted != 0) && !cannotStart) revert HasAcceptances(id);
        _cancel(id, j, terms);
    }

    /// @notice Anyone may close the acceptance window once it has passed: the job starts
    /// with the participants that accepted if they are enough, otherwise it is cancelled
    /// and refunded in full.
    function closeAcceptance(uint256 id, bytes calldata terms) external {
        Job storage j = _jobWith(id, terms);
        if (j.state != JOB_OPEN) revert WrongState(id, j.state);
        if (block.timestamp < j.acceptBy) revert AcceptanceOpen(id, j.acceptBy);
        // A job started after its commit deadline could only fail: cancel it instead.
        bool inTime = block.timestamp < j.deadline - confirmWindow;
        if (inTime && j.ownersAccepted >= j.startQuorum && j.computeAccepted == _all(_computeCount(terms))) {
            _start(id, j, terms);
        } else {
            _cancel(id, j, terms);
        }
    }

    function _start(uint256 id, Job storage j, bytes calldata terms) internal {
        j.state = JOB_STARTED;
        uint256 unused = j.escrow - j.bond;
        uint256 n = _owners(terms);
        uint128 declined = j.paid; // nobody confirms before the start
        for (uint256 i = 0; i < n; i++) {
            uint128 bit = uint128(1) << i;
            if (j.accepted & bit != 0) unused -= _priceAt(terms, i);
            if (declined & bit == 0) unused -= _submitFeeAt(terms, i); // still owed
        }
        emit JobStarted(id, j.ownersAccepted);
        // Prices of datasets that did not join and any overpayment go back now.
        _refund(id, j, unused);
    }

    function _cancel(uint256 id, Job storage j, bytes calldata terms) internal {
        j.state = JOB_CANCELLED;
        j.flags |= F_CLOSED;
        uint256 n = _owners(terms);
        uint128 declined = j.paid; // a job that never started: nobody confirmed
        for (uint256 i = 0; i < n; i++) {
            uint128 bit = uint128(1) << i;
            Dataset storage d = datasets[_datasetAt(terms, i)];
            if (j.accepted & bit != 0) {
                d.spent -= j.epsilon;
                d.deltaSpent -= j.delta;
            } else if (declined & bit == 0) {
                _unreserve(d, j.acceptBy, j.epsilon, j.delta);
            }
            if (declined & bit == 0) _paySubmitFee(id, j, terms, i);
        }
        _releaseBonds(j, terms);
        uint256 refund = j.escrow;
        emit JobCancelled(id, refund);
        _refund(id, j, refund);
    }

    function _releaseBonds(Job storage j, bytes calldata terms) internal {
        uint96 bond = j.bond;
        if (bond == 0) return;
        uint256 k = _computeCount(terms);
        for (uint256 i = 0; i < k; i++) {
            if (j.computeAccepted & (1 << i) != 0) nodes[_computeAt(terms, i)].locked -= bond;
        }
    }

    // ------------------------------------------------------------------- result

    function _commitBy(Job storage j) internal view returns (uint64) {
        return uint64(j.deadline) - confirmWindow;
    }

    /// @notice A compute node other than the aggregator proves on-chain that it
    /// delivered its step (for mpc: its signed share commitment, with the data the
    /// aggregator needs in `data`). Needed only when the aggregator's commit does
    /// not vouch for it; by the commit deadline, or it is blamed if the job fails.
    function attestStep(uint256 id, bytes calldata terms, bytes32 stepHash, bytes calldata data) external {
        Job storage j = _jobWith(id, terms);
        if (j.state != JOB_STARTED) revert WrongState(id, j.state);
        if (block.timestamp > j.deadline) revert DeadlinePassed(id, j.deadline);
        uint256 k = _computeCount(terms);
        uint256 i = 1;
        while (i < k && _computeAt(terms, i) != msg.sender) i++;
        if (i >= k) revert NotHelper(id, msg.sender);
        uint8 bit = uint8(1 << i);
        if (j.delivered & bit != 0) revert AlreadyAttested(id, msg.sender);
        if (stepHash == bytes32(0) || data.length > MAX_STEP) revert InvalidStep();
        j.delivered |= bit;
        emit StepAttested(id, msg.sender, stepHash, data);
    }

    /// @notice What an owner commits before the result is revealed: its recomputed
    /// payload hash bound to its own address, so it cannot be copied from another's.
    function resultCommitment(uint256 id, address owner, bytes32 payloadHash) public pure returns (bytes32) {
        return keccak256(abi.encode(id, owner, payloadHash));
    }

    /// The running hash of the commitments posted before the reveal.
    function _chain(uint128 acc, uint256 index, bytes32 commitment) internal pure returns (uint128) {
        return uint128(uint256(keccak256(abi.encodePacked(acc, uint8(index), commitment))));
    }

    /// @notice The aggregator commits (reveals) the result by the commit deadline:
    /// the hash of the payload the owners recompute, the hash and URI of the sealed
    /// blob the buyer downloads, and the other compute nodes whose step it holds.
    /// `posted` lists the commitments owners posted before, in order, as 33-byte
    /// entries (owner index, commitment; from their ResultConfirmed events): each
    /// that binds this payload to its owner counts as a confirmation.
    function commitResult(
        uint256 id,
        bytes calldata terms,
        bytes32 payloadHash,
        bytes32 blobHash,
        string calldata uri,
        uint8 vouched,
        bytes calldata posted
    ) external {
        Job storage j = _jobWith(id, terms);
        if (msg.sender != _computeAt(terms, 0)) revert NotAggregator(id);
        if (j.state != JOB_STARTED) revert WrongState(id, j.state);
        uint64 commitBy = _commitBy(j);
        if (block.timestamp > commitBy) revert DeadlinePassed(id, commitBy);
        if (j.flags & F_COMMITTED != 0) revert AlreadyCommitted(id);
        if (
            payloadHash == bytes32(0) || blobHash == bytes32(0) || bytes(uri).length > MAX_STRING
                || vouched & ~_all(_computeCount(terms)) != 0
        ) {
            revert InvalidResult();
        }
        j.payloadHash = payloadHash;
        j.flags |= F_COMMITTED;
        uint8 delivered = j.delivered | vouched | 1;
        j.delivered = delivered;
        (uint128 matched, uint8 count) = _match(id, terms, payloadHash, posted, j.commitments);
        j.matched = matched;
        j.confirmations = count;
        emit ResultCommitted(id, payloadHash, blobHash, uri, delivered);
    }

    function _match(uint256 id, bytes calldata terms, bytes32 payloadHash, bytes calldata posted, uint128 want)
        internal
        pure
        returns (uint128 matched, uint8 count)
    {
        if (posted.length % 33 != 0) revert BadCommitments(id);
        uint128 acc;
        for (uint256 at = 0; at < posted.length; at += 33) {
            uint256 i = uint8(posted[at]);
            bytes32 c = bytes32(posted[at + 1:at + 33]);
            acc = _chain(acc, i, c);
            uint128 bit = uint128(1) << i;
            if (matched & bit == 0 && c == resultCommitment(id, _ownerAt(terms, i), payloadHash)) {
                matched |= bit;
                count++;
            }
        }
        if (acc != want) revert BadCommitments(id);
    }

    /// Disputes needed to overturn a result: a strict majority of the owners that accepted.
    function _disputeQuorum(Job storage j) internal view returns (uint256) {
        return uint256(j.ownersAccepted) / 2 + 1;
    }

    /// @notice An owner that accepted, once: it posts the commitment of the payload it
    /// recomputed (zero when it has none) and is paid for its part. With its newest
    /// receipt (rounds >= 1) it earns kappa of its price plus the rest pro rata; with
    /// none (rounds = 0) it earns kappa: its ε was spent whatever the aggregator did.
    /// An owner that never posts earns nothing.
    function confirmResult(uint256 id, bytes calldata terms, bytes32 commitment, uint32 rounds, bytes calldata sig)
        external
    {
        Job storage j = _jobWith(id, terms);
        uint8 state = j.state;
        if (state != JOB_STARTED && state != JOB_SETTLED && state != JOB_FAILED) revert WrongState(id, state);
        if (j.flags & F_CLOSED != 0) revert RedeemWindowClosed(id);
        uint256 i = _acceptedOwner(id, j, terms, msg.sender);
        uint128 bit = uint128(1) << i;
        if (j.paid & bit != 0) revert AlreadyConfirmed(id, msg.sender);
        if (rounds != 0 && _recover(receiptDigest(id, msg.sender, rounds), sig) != _computeAt(terms, 0)) {
            revert BadReceipt();
        }
        j.paid |= bit;
        if (commitment != bytes32(0) && state == JOB_STARTED) {
            if (j.flags & F_COMMITTED == 0) {
                j.commitments = _chain(j.commitments, i, commitment);
            } else if (commitment == resultCommitment(id, msg.sender, j.payloadHash) && j.disputed & bit == 0) {
                j.matched |= bit;
                j.confirmations++;
            }
        }
        uint256 price = _priceAt(terms, i);
        uint256 amount = ownerPay(price, rounds, j.rounds);
        emit ResultConfirmed(id, msg.sender, commitment, rounds, amount);
        // Its pay and its submission fee, held in escrow since the submission, in one credit.
        uint256 paid = amount + _submitFeeAt(terms, i);
        j.escrow -= uint128(paid);
        _credit(msg.sender, id, paid, CREDIT_OWNER_PAY);
        _refund(id, j, price - amount);
    }

    /// @notice An owner that accepted disputes the committed result, putting up
    /// disputeBond, by the deadline. A majority of the accepted owners disputing
    /// fails the job and slashes the aggregator; the bonds come back. A dispute
    /// no majority joins is burned if the aggregator shows the owner's own signed
    /// receipt of the payload (forfeitBond), and comes back at closeJob otherwise.
    function disputeResult(uint256 id, bytes calldata terms) external payable {
        Job storage j = _jobWith(id, terms);
        if (j.state != JOB_STARTED) revert WrongState(id, j.state);
        if (j.flags & F_COMMITTED == 0) revert NotCommitted(id);
        if (block.timestamp > j.deadline) revert DeadlinePassed(id, j.deadline);
        uint256 i = _acceptedOwner(id, j, terms, msg.sender);
        uint128 bit = uint128(1) << i;
        if (j.matched & bit != 0) revert AlreadyConfirmed(id, msg.sender);
        if (j.disputed & bit != 0) revert AlreadyDisputed(id, msg.sender);
        if (msg.value != disputeBond) revert WrongBond(msg.value, disputeBond);
        j.disputed |= bit;
        j.disputes++;
        j.escrow += uint128(msg.value);
        emit ResultDisputed(id, msg.sender, j.disputes);
        if (j.disputes >= _disputeQuorum(j)) _fail(id, j, terms, FAIL_DISPUTED, 1);
    }

    /// @notice Anyone settles a job whose result was committed on time once no
    /// dispute can overturn it: after the deadline, or earlier when enough owners'
    /// commitments matched that a disputing majority is impossible. The compute
    /// nodes proven to have delivered are paid their fees; every bond is released.
    function settleJob(uint256 id, bytes calldata terms) external {
        Job storage j = _jobWith(id, terms);
        if (j.state != JOB_STARTED) revert WrongState(id, j.state);
        if (j.flags & F_COMMITTED == 0) revert NotCommitted(id);
        bool safe = uint256(j.confirmations) + _disputeQuorum(j) > j.ownersAccepted;
        if (block.timestamp <= j.deadline && !safe) revert NotDecided(id, j.deadline);
        j.state = JOB_SETTLED;
        j.endedAt = uint32(block.timestamp);
        _releaseBonds(j, terms);
        uint256 paid;
        uint256 refund;
        uint256 k = _computeCount(terms);
        for (uint256 i = 0; i < k; i++) {
            uint256 fee = _feeAt(terms, i);
            if (j.delivered & (1 << i) != 0) {
                paid += fee;
                _credit(_computeAt(terms, i), id, fee, CREDIT_FEE);
            } else {
                refund += fee;
            }
        }
        j.escrow -= uint128(paid);
        emit JobSettled(id, paid);
        _refund(id, j, refund);
    }

    /// @notice Anyone ends a started job whose result was not committed by the commit
    /// deadline. Blame falls on the party whose signed step is missing: the compute
    /// nodes that neither attested nor were vouched for, or else the aggregator.
    /// The blamed nodes' bonds pay the fees of the nodes proven to have delivered;
    /// the rest is burned. The buyer gets the fees back; owners are paid as always.
    function failJob(uint256 id, bytes calldata terms) external {
        Job storage j = _jobWith(id, terms);
        if (j.state != JOB_STARTED) revert WrongState(id, j.state);
        if (j.flags & F_COMMITTED != 0) revert AlreadyCommitted(id);
        uint64 commitBy = _commitBy(j);
        if (block.timestamp <= commitBy) revert DeadlineNotReached(id, commitBy);
        uint8 missing = _all(_computeCount(terms)) & ~j.delivered & ~uint8(1);
        if (missing != 0) {
            _fail(id, j, terms, FAIL_HELPER, missing);
        } else {
            _fail(id, j, terms, FAIL_NO_RESULT, 1);
        }
    }

    /// @notice The aggregator ends a job it cannot complete (owners gone, a restart it
    /// cannot resume from) before committing. It is not slashed and forgoes its fee;
    /// the other compute nodes are paid from escrow, so the buyer, whoever aggregates,
    /// pays for an abort what it would have paid for a result, less the result.
    function abortJob(uint256 id, bytes calldata terms, string calldata reason) external {
        Job storage j = _jobWith(id, terms);
        if (msg.sender != _computeAt(terms, 0)) revert NotAggregator(id);
        if (j.state != JOB_STARTED) revert WrongState(id, j.state);
        if (j.flags & F_COMMITTED != 0) revert AlreadyCommitted(id);
        if (bytes(reason).length > MAX_STRING) revert InvalidReason();
        j.delivered = _all(_computeCount(terms)) & ~uint8(1);
        emit JobAborted(id, reason);
        _fail(id, j, terms, FAIL_ABORTED, 0);
    }

    /// Ends a job without a result. `culprits` (a compute bitmap) lose their bonds,
    /// which pay the fees of the compute nodes that delivered; the rest is burned.
    function _fail(uint256 id, Job storage j, bytes calldata terms, uint8 reason, uint8 culprits) internal {
        j.state = JOB_FAILED;
        j.failure = reason;
        j.endedAt = uint32(block.timestamp);
        uint96 bond = j.bond;
        uint256 k = _computeCount(terms);
        uint256 pool;
        for (uint256 i = 0; i < k; i++) {
            Node storage n = nodes[_computeAt(terms, i)];
            n.locked -= bond;
            if (culprits & (1 << i) != 0) {
                n.stake -= bond;
                pool += bond;
            }
        }
        totalStaked -= pool;
        uint256 slashed = pool;
        uint256 refund;
        for (uint256 i = 0; i < k; i++) {
            uint256 fee = _feeAt(terms, i);
            bool paid = culprits & (1 << i) == 0 && j.delivered & (1 << i) != 0;
            if (paid && reason == FAIL_ABORTED) {
                j.escrow -= uint128(fee);
                _credit(_computeAt(terms, i), id, fee, CREDIT_FEE);
                continue;
            }
            if (paid) {
                pool -= fee;
                _credit(_computeAt(terms, i), id, fee, CREDIT_BOND);
            }
            refund += fee;
        }
        totalBurned += pool;
        emit JobFailed(id, reason, refund, slashed, pool);
        _refund(id, j, refund);
        if (reason == FAIL_DISPUTED) _returnBonds(id, j, terms, j.disputed);
    }

    function _returnBonds(uint256 id, Job storage j, bytes calldata terms, uint128 owed) internal {
        for (uint256 i = 0; owed != 0; i++) {
            uint128 bit = uint128(1) << i;
            if (owed & bit == 0) continue;
            owed &= ~bit;
            j.escrow -= uint128(disputeBond);
            _credit(_ownerAt(terms, i), id, disputeBond, CREDIT_DISPUTE_BOND);
        }
    }

    // --------------------------------------------------------------- receipts

    function receiptDigest(uint256 id, address owner, uint32 rounds) public view returns (bytes32) {
        bytes32 structHash = keccak256(abi.encode(RECEIPT_TYPEHASH, id, owner, rounds));
        return keccak256(abi.encodePacked("\x19\x01", DOMAIN_SEPARATOR(), structHash));
    }

    function payloadReceiptDigest(uint256 id, address owner, bytes32 payloadHash) public view returns (bytes32) {
        bytes32 structHash = keccak256(abi.encode(PAYLOAD_RECEIPT_TYPEHASH, id, owner, payloadHash));
        return keccak256(abi.encodePacked("\x19\x01", DOMAIN_SEPARATOR(), structHash));
    }

    /// @notice Burns the bond of an owner whose dispute no majority joined, given the
    /// owner's own EIP-712 signature acknowledging it received the committed payload.
    function forfeitBond(uint256 id, bytes calldata terms, address owner, bytes calldata sig) external {
        Job storage j = _jobWith(id, terms);
        if (j.state != JOB_SETTLED) revert WrongState(id, j.state);
        if (j.flags & F_CLOSED != 0) revert AlreadyClosed(id);
        uint256 i = _acceptedOwner(id, j, terms, owner);
        uint128 bit = uint128(1) << i;
        if (j.disputed & ~j.forfeited & bit == 0) revert NotDisputed(id, owner);
        if (_recover(payloadReceiptDigest(id, owner, j.payloadHash), sig) != owner) revert BadPayloadReceipt();
        j.forfeited |= bit;
        j.escrow -= uint128(disputeBond);
        totalBurned += disputeBond;
        emit BondForfeited(id, owner, disputeBond);
    }

    /// @notice What an owner earns for `done` rounds of a job of `total` rounds:
    /// kappa of the price for its spent ε, the rest pro rata over the rounds.
    function ownerPay(uint256 price, uint32 done, uint32 total) public view returns (uint256) {
        uint256 first = price * kappaBps / BPS;
        if (done > total) done = total;
        return first + (price - first) * done / total;
    }

    /// @notice After the redeem window, anyone returns what nobody earned to the buyer,
    /// and the dispute bonds nobody forfeited to their owners.
    function closeJob(uint256 id, bytes calldata terms) external {
        Job storage j = _jobWith(id, terms);
        if (j.state != JOB_SETTLED && j.state != JOB_FAILED) revert WrongState(id, j.state);
        if (j.flags & F_CLOSED != 0) revert AlreadyClosed(id);
        uint64 closesAt = uint64(j.endedAt) + redeemWindow;
        if (block.timestamp <= closesAt) revert RedeemWindowOpen(id, closesAt);
        j.flags |= F_CLOSED;
        uint256 n = _owners(terms);
        for (uint256 i = 0; i < n; i++) {
            uint128 bit = uint128(1) << i;
            if (j.paid & bit == 0) _paySubmitFee(id, j, terms, i);
        }
        if (j.state == JOB_SETTLED) _returnBonds(id, j, terms, j.disputed & ~j.forfeited);
        uint256 refund = j.escrow;
        emit JobClosed(id, refund);
        _refund(id, j, refund);
    }

    function _recover(bytes32 digest, bytes calldata sig) internal pure returns (address) {
        if (sig.length != 65) return address(0);
        bytes32 r = bytes32(sig[0:32]);
        bytes32 s = bytes32(sig[32:64]);
        uint8 v = uint8(sig[64]);
        // Refuse malleable signatures (upper half of s), as EIP-2 does for transactions.
        if (uint256(s) > 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0) return address(0);
        // v must be 27 or 28, as chain.Receipt.Verify requires: one encoding per signature.
        if (v != 27 && v != 28) return address(0);
        return ecrecover(digest, v, r, s);
    }

    // ----------------------------------------------------------------- payments

    /// @notice Sends the caller everything credited to it (pull payment).
    function withdraw() external {
        _withdrawTo(payable(msg.sender));
    }

    /// @notice Sends everything credited to the caller to `to` (a cold wallet, say).
    function withdrawTo(address payable to) external {
        if (to == address(0)) revert InvalidRecipient();
        _withdrawTo(to);
    }

    function _withdrawTo(address payable to) internal {
        uint256 amount = credits[msg.sender];
        if (amount == 0) revert NothingToWithdraw();
        credits[msg.sender] = 0;
        emit Withdrawn(msg.sender, to, amount);
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert TransferFailed();
    }


    function _refund(uint256 id, Job storage j, uint256 amount) internal {
        if (amount == 0) return;
        j.escrow -= uint128(amount);
        _credit(j.buyer, id, amount, CREDIT_REFUND);
    }

    // ------------------------------------------------------------------- views

    function getJob(uint256 id) external view returns (Job memory) {
        return _job(id);
    }}
