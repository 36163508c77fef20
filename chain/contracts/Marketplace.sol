// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title Veil Marketplace
/// @notice Catalog of sealed datasets, node registry, escrow of jobs, per-dataset
/// privacy budgets, result commitments and pull payments. The rules and their
/// reasoning are in docs/fair-exchange.md.
/// @dev There is no admin key: no function moves funds that the caller is not
/// entitled to. Every state change emits an event so that the catalog and the
/// job history can be rebuilt from logs. Checks-effects-interactions everywhere;
/// the only external call is the transfer in withdraw().
contract Marketplace {
    // ---------------------------------------------------------------- constants

    uint8 public constant ROLE_OWNER = 1;
    uint8 public constant ROLE_COMPUTE = 2;
    uint8 internal constant ROLE_ALL = 3;

    uint8 public constant ENGINE_FL = 1;
    uint8 public constant ENGINE_HE = 2;
    uint8 public constant ENGINE_MPC = 4;
    uint8 public constant ENGINE_TEE = 8;
    uint8 internal constant ENGINE_ALL = 15;

    /// δ is fixed point with 18 decimals: 1e-5 is 1e13; it must stay below 1.
    uint64 public constant DELTA_ONE = 1e18;
    uint16 public constant BPS = 10000;
    uint256 public constant MAX_DATASETS_PER_JOB = 64;
    uint256 public constant MAX_COMPUTE_PER_JOB = 8;
    uint32 public constant MAX_ROUNDS = 100000;
    uint256 internal constant MAX_STRING = 512;

    bytes32 public constant RECEIPT_TYPEHASH =
        keccak256("Receipt(uint256 jobId,address owner,uint32 rounds)");
    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");

    // Job states.
    uint8 public constant JOB_OPEN = 0; // submitted, waiting for acceptances
    uint8 public constant JOB_STARTED = 1; // running
    uint8 public constant JOB_SETTLED = 2; // result confirmed by the quorum
    uint8 public constant JOB_FAILED = 3; // deadline passed without a settled result
    uint8 public constant JOB_CANCELLED = 4; // never started; refunded in full

    // Reasons in Credited events.
    uint8 public constant CREDIT_REFUND = 0;
    uint8 public constant CREDIT_OWNER_PAY = 1;
    uint8 public constant CREDIT_FEE = 2;
    uint8 public constant CREDIT_STAKE = 3;

    // Participant flags.
    uint8 internal constant P_OWNER = 1;
    uint8 internal constant P_COMPUTE = 2;
    uint8 internal constant P_ACCEPTED = 4;
    uint8 internal constant P_REDEEMED = 8;
    uint8 internal constant P_CONFIRMED = 16;
    uint8 internal constant P_DECLINED = 32;

    // -------------------------------------------------------- deploy parameters

    struct Config {
        uint256 minStake; // stake a compute node must hold
        uint64 unstakeDelay; // seconds between unregisterNode and claimStake
        uint64 acceptWindow; // seconds after submission in which participants accept
        uint64 minJobDuration; // bounds on deadline - submission time
        uint64 maxJobDuration;
        uint64 redeemWindow; // seconds after a job ends in which owners redeem receipts
        uint16 kappaBps; // share of the price earned by the first contributed round
        uint16 slashBps; // share of the aggregator's stake burned when a job fails
    }

    uint256 public immutable minStake;
    uint64 public immutable unstakeDelay;
    uint64 public immutable acceptWindow;
    uint64 public immutable minJobDuration;
    uint64 public immutable maxJobDuration;
    uint64 public immutable redeemWindow;
    uint16 public immutable kappaBps;
    uint16 public immutable slashBps;
    bytes32 public immutable DOMAIN_SEPARATOR;

    // -------------------------------------------------------------------- state

    struct Node {
        string endpoint;
        bytes32 tlsKey; // Ed25519 public key of the node's TLS certificate and protocol signatures
        uint8 roles;
        uint256 fee; // per job, compute role
        uint256 stake;
        uint64 unlockAt; // set by unregisterNode
        uint32 openJobs; // jobs this node accepted that have not ended
    }

    struct Dataset {
        address owner;
        bytes32 sha256Digest; // of the sealed ciphertext
        bytes32 metaHash; // SHA-256 of the public metadata document
        uint256 price;
        uint64 budget; // total ε, micro-ε
        uint64 spent; // ε spent by started jobs
        uint64 reserved; // ε held by jobs not started yet
        uint64 maxDelta; // largest δ a job may use, 1e-18 units
        uint8 engines;
        uint16 minOwners;
        bool paused;
        string uri;
    }

    struct JobParams {
        bytes32 specHash; // SHA-256 of the job specification
        string specURI; // where the spec is when it is not in calldata
        uint8 engine;
        uint256[] datasets;
        uint64 epsilon; // micro-ε, charged to every dataset
        uint64 delta; // 1e-18 units
        uint32 rounds;
        uint16 dropouts;
        uint16 colluders;
        address[] compute; // compute[0] aggregates
        uint64 deadline; // unix seconds
    }

    struct Job {
        address buyer;
        uint8 engine;
        uint8 state;
        uint16 dropouts;
        uint16 colluders;
        uint16 startQuorum; // owner acceptances needed to start
        uint16 ownersAccepted;
        uint16 computeAccepted;
        uint16 confirmations;
        uint16 ownersDeclined;
        bool computeDeclined;
        uint32 rounds;
        uint64 epsilon;
        uint64 delta;
        uint64 acceptBy;
        uint64 deadline;
        uint64 endedAt; // settlement or deadline; 0 while running
        bool closed;
        uint256 payment;
        uint256 escrow; // what the contract still holds for this job
        bytes32 specHash;
        bytes32 payloadHash;
        bytes32 blobHash;
        string resultURI;
        uint256[] datasets;
        address[] compute;
    }

    struct Participant {
        uint8 flags;
        // The dataset's price (owner) or the node's fee (compute) when the job was
        // submitted: what the buyer escrowed. Later updateDataset/updateNode calls
        // must not change what an escrowed job pays.
        uint128 amount;
    }

    mapping(address => Node) internal nodes;
    mapping(uint256 => Dataset) internal datasets;
    mapping(uint256 => Job) internal jobs;
    mapping(uint256 => mapping(address => Participant)) internal participants;
    mapping(address => uint256) public credits;

    uint256 public datasetCount;
    uint256 public jobCount;
    uint256 public totalStaked;
    uint256 public totalEscrow;
    uint256 public totalCredits;
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
        uint8 engines,
        uint64 budget,
        uint64 maxDelta,
        uint16 minOwners,
        bytes metadata
    );
    event DatasetUpdated(uint256 indexed id, uint256 price, uint8 engines, bool paused);
    event DatasetRestricted(uint256 indexed id, uint64 budget, uint64 maxDelta);
    event JobSubmitted(
        uint256 indexed id,
        address indexed buyer,
        bytes32 specHash,
        uint8 engine,
        uint256[] datasets,
        uint64 epsilon,
        uint64 delta,
        uint32 rounds,
        uint16 dropouts,
        uint16 colluders,
        address[] compute,
        uint64 acceptBy,
        uint64 deadline,
        uint256 payment
    );
    event JobSpec(uint256 indexed id, string specURI, bytes spec);
    event JobAccepted(uint256 indexed id, address indexed participant);
    event JobDeclined(uint256 indexed id, address indexed participant, string reason);
    event JobStarted(uint256 indexed id, uint16 ownersAccepted);
    event JobCancelled(uint256 indexed id, uint256 refund);
    event ReceiptRedeemed(uint256 indexed id, address indexed owner, uint32 rounds, uint256 amount);
    event ResultCommitted(uint256 indexed id, bytes32 payloadHash, bytes32 blobHash, string uri);
    event ResultConfirmed(uint256 indexed id, address indexed owner, bytes32 payloadHash, bool matches);
    event JobSettled(uint256 indexed id, uint256 fees);
    event JobFailed(uint256 indexed id, uint256 refund, uint256 burned);
    event JobClosed(uint256 indexed id, uint256 refund);
    event Credited(address indexed account, uint256 indexed jobId, uint256 amount, uint8 reason);
    event Withdrawn(address indexed account, uint256 amount);

    // ------------------------------------------------------------------- errors

    error InvalidConfig(string field);
    error InvalidRoles(uint8 roles);
    error InvalidFee(uint256 fee);
    error InvalidEndpoint();
    error InvalidKey();
    error AlreadyRegistered(address node);
    error NotRegistered(address node);
    error InsufficientStake(uint256 have, uint256 need);
    error NodeBusy(uint32 openJobs);
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
    error DeltaTooLarge(uint256 id, uint64 delta, uint64 maxDelta);
    error TooFewOwners(uint256 id, uint256 owners, uint16 minOwners);
    error DuplicateOwner(address owner);
    error NotComputeNode(address node);
    error DuplicateCompute(address node);
    error ParticipantConflict(address node);
    error InsufficientPayment(uint256 paid, uint256 required);
    error UnknownJob(uint256 id);
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
    error AlreadyCommitted(uint256 id);
    error NotCommitted(uint256 id);
    error InvalidResult();
    error DeadlinePassed(uint256 id, uint64 deadline);
    error DeadlineNotReached(uint256 id, uint64 deadline);
    error AlreadyConfirmed(uint256 id, address owner);
    error NotAccepted(uint256 id, address who);
    error AlreadyRedeemed(uint256 id, address owner);
    error JobNotEnded(uint256 id);
    error BadReceipt();
    error RedeemWindowOpen(uint256 id, uint64 closesAt);
    error RedeemWindowClosed(uint256 id);
    error AlreadyClosed(uint256 id);
    error NothingToWithdraw();
    error TransferFailed();

    // -------------------------------------------------------------- constructor

    constructor(Config memory c) {
        if (c.kappaBps > BPS) revert InvalidConfig("kappaBps");
        if (c.slashBps > BPS) revert InvalidConfig("slashBps");
        if (c.acceptWindow == 0) revert InvalidConfig("acceptWindow");
        if (c.minJobDuration <= c.acceptWindow) revert InvalidConfig("minJobDuration");
        if (c.maxJobDuration < c.minJobDuration) revert InvalidConfig("maxJobDuration");
        minStake = c.minStake;
        unstakeDelay = c.unstakeDelay;
        acceptWindow = c.acceptWindow;
        minJobDuration = c.minJobDuration;
        maxJobDuration = c.maxJobDuration;
        redeemWindow = c.redeemWindow;
        kappaBps = c.kappaBps;
        slashBps = c.slashBps;
        DOMAIN_SEPARATOR = keccak256(
            abi.encode(DOMAIN_TYPEHASH, keccak256("Veil Marketplace"), keccak256("1"), block.chainid, address(this))
        );
    }

    // ------------------------------------------------------------ node registry

    function registerNode(string calldata endpoint, bytes32 tlsKey, uint8 roles, uint256 fee) external payable {
        Node storage n = nodes[msg.sender];
        if (n.roles != 0) revert AlreadyRegistered(msg.sender);
        _setNode(n, endpoint, tlsKey, roles, fee);
        emit NodeRegistered(msg.sender, endpoint, tlsKey, roles, fee, n.stake);
    }

    function updateNode(string calldata endpoint, bytes32 tlsKey, uint8 roles, uint256 fee) external payable {
        Node storage n = nodes[msg.sender];
        if (n.roles == 0) revert NotRegistered(msg.sender);
        _setNode(n, endpoint, tlsKey, roles, fee);
        emit NodeUpdated(msg.sender, endpoint, tlsKey, roles, fee, n.stake);
    }

    function _setNode(Node storage n, string calldata endpoint, bytes32 tlsKey, uint8 roles, uint256 fee) internal {
        if (roles == 0 || roles & ~ROLE_ALL != 0) revert InvalidRoles(roles);
        if (bytes(endpoint).length == 0 || bytes(endpoint).length > MAX_STRING) revert InvalidEndpoint();
        if (tlsKey == bytes32(0)) revert InvalidKey();
        if (fee > type(uint128).max) revert InvalidFee(fee);
        uint256 stake = n.stake + msg.value;
        if (roles & ROLE_COMPUTE != 0 && stake < minStake) revert InsufficientStake(stake, minStake);
        n.endpoint = endpoint;
        n.tlsKey = tlsKey;
        n.roles = roles;
        n.fee = fee;
        n.stake = stake;
        n.unlockAt = 0;
        totalStaked += msg.value;
    }

    /// @notice Leaves the registry; the stake can be claimed after unstakeDelay.
    function unregisterNode() external {
        Node storage n = nodes[msg.sender];
        if (n.roles == 0) revert NotRegistered(msg.sender);
        if (n.openJobs != 0) revert NodeBusy(n.openJobs);
        n.roles = 0;
        n.unlockAt = uint64(block.timestamp) + unstakeDelay;
        emit NodeUnregistered(msg.sender, n.unlockAt);
    }

    function claimStake() external {
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
        uint8 engines;
        uint64 budget;
        uint64 maxDelta;
        uint16 minOwners;
    }

    /// @param metadata the public metadata document, or empty when it is published elsewhere;
    /// when given it must hash to p.metaHash and is kept in the DatasetPublished event.
    function publishDataset(PublishParams calldata p, bytes calldata metadata) external returns (uint256 id) {
        if (p.sha256Digest == bytes32(0) || p.metaHash == bytes32(0)) revert InvalidDigest();
        if (!_validBlobURI(bytes(p.uri))) revert InvalidURI();
        if (metadata.length != 0 && sha256(metadata) != p.metaHash) revert MetadataHashMismatch();
        if (p.price == 0 || p.price > type(uint128).max) revert InvalidPrice();
        if (p.engines == 0 || p.engines & ~ENGINE_ALL != 0) revert InvalidEngines(p.engines);
        if (p.budget == 0) revert InvalidBudget();
        if (p.maxDelta >= DELTA_ONE) revert InvalidDelta(p.maxDelta);
        if (p.minOwners == 0 || p.minOwners > MAX_DATASETS_PER_JOB) revert InvalidMinOwners(p.minOwners);
        id = ++datasetCount;
        Dataset storage d = datasets[id];
        d.owner = msg.sender;
        d.sha256Digest = p.sha256Digest;
        d.metaHash = p.metaHash;
        d.price = p.price;
        d.budget = p.budget;
        d.maxDelta = p.maxDelta;
        d.engines = p.engines;
        d.minOwners = p.minOwners;
        d.uri = p.uri;
        emit DatasetPublished(
            id, msg.sender, p.sha256Digest, p.uri, p.metaHash, p.price, p.engines, p.budget, p.maxDelta, p.minOwners, metadata
        );
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

    /// @notice Changes the terms that may change: price, engines, pause.
    function updateDataset(uint256 id, uint256 price, uint8 engines, bool paused) external {
        Dataset storage d = _ownedDataset(id);
        if (price == 0 || price > type(uint128).max) revert InvalidPrice();
        if (engines == 0 || engines & ~ENGINE_ALL != 0) revert InvalidEngines(engines);
        d.price = price;
        d.engines = engines;
        d.paused = paused;
        emit DatasetUpdated(id, price, engines, paused);
    }

    /// @notice Tightens the privacy terms; they can never be loosened.
    function restrictDataset(uint256 id, uint64 budget, uint64 maxDelta) external {
        Dataset storage d = _ownedDataset(id);
        if (budget > d.budget || maxDelta > d.maxDelta) revert CannotLoosen(id);
        uint64 committed = d.spent + d.reserved;
        if (budget < committed || budget == 0) revert BudgetBelowCommitted(id, committed);
        d.budget = budget;
        d.maxDelta = maxDelta;
        emit DatasetRestricted(id, budget, maxDelta);
    }

    function _ownedDataset(uint256 id) internal view returns (Dataset storage d) {
        d = datasets[id];
        if (d.owner == address(0)) revert UnknownDataset(id);
        if (d.owner != msg.sender) revert NotDatasetOwner(id);
    }

    function getDataset(uint256 id) external view returns (Dataset memory) {
        if (datasets[id].owner == address(0)) revert UnknownDataset(id);
        return datasets[id];
    }

    function remainingBudget(uint256 id) public view returns (uint64) {
        Dataset storage d = datasets[id];
        return d.budget - d.spent - d.reserved;
    }

    // ------------------------------------------------------------- submission

    /// @param spec the job specification, or empty when it is at p.specURI;
    /// when given it must hash (SHA-256) to p.specHash and is kept in the JobSpec event.
    function submitJob(JobParams calldata p, bytes calldata spec) external payable returns (uint256 id) {
        _checkJobParams(p, spec);
        id = ++jobCount;
        Job storage j = jobs[id];
        uint256 required = _bindDatasets(id, j, p) + _bindCompute(id, p);
        if (msg.value < required) revert InsufficientPayment(msg.value, required);
        j.buyer = msg.sender;
        j.engine = p.engine;
        j.dropouts = p.dropouts;
        j.colluders = p.colluders;
        j.rounds = p.rounds;
        j.epsilon = p.epsilon;
        j.delta = p.delta;
        j.acceptBy = uint64(block.timestamp) + acceptWindow;
        j.deadline = p.deadline;
        j.payment = msg.value;
        j.escrow = msg.value;
        j.specHash = p.specHash;
        j.datasets = p.datasets;
        j.compute = p.compute;
        totalEscrow += msg.value;
        emit JobSubmitted(
            id, msg.sender, p.specHash, p.engine, p.datasets, p.epsilon, p.delta, p.rounds,
            p.dropouts, p.colluders, p.compute, j.acceptBy, p.deadline, msg.value
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

    /// Checks every dataset against its terms, reserves ε and returns the sum of prices.
    function _bindDatasets(uint256 id, Job storage j, JobParams calldata p) internal returns (uint256 total) {
        uint256 n = p.datasets.length;
        uint16 quorum = uint16(n - p.dropouts);
        for (uint256 i = 0; i < n; i++) {
            uint256 dsID = p.datasets[i];
            Dataset storage d = datasets[dsID];
            if (d.owner == address(0)) revert UnknownDataset(dsID);
            if (d.paused) revert DatasetPaused(dsID);
            if (d.engines & p.engine == 0) revert EngineNotAllowed(dsID, p.engine);
            uint64 remaining = remainingBudget(dsID);
            if (p.epsilon > remaining) revert BudgetExceeded(dsID, p.epsilon, remaining);
            if (p.delta > d.maxDelta) revert DeltaTooLarge(dsID, p.delta, d.maxDelta);
            if (n < d.minOwners) revert TooFewOwners(dsID, n, d.minOwners);
            if (d.minOwners > quorum) quorum = d.minOwners;
            Participant storage pt = participants[id][d.owner];
            if (pt.flags != 0) revert DuplicateOwner(d.owner);
            pt.flags = P_OWNER;
            pt.amount = uint128(d.price);
            d.reserved += p.epsilon;
            total += d.price;
        }
        j.startQuorum = quorum;
    }

    /// Checks the compute nodes and returns the sum of their fees.
    function _bindCompute(uint256 id, JobParams calldata p) internal returns (uint256 total) {
        for (uint256 i = 0; i < p.compute.length; i++) {
            address c = p.compute[i];
            Node storage n = nodes[c];
            if (n.roles & ROLE_COMPUTE == 0) revert NotComputeNode(c);
            // A node slashed below the minimum stake cannot be named until it tops up.
            if (n.stake < minStake) revert InsufficientStake(n.stake, minStake);
            Participant storage pt = participants[id][c];
            if (pt.flags & P_COMPUTE != 0) revert DuplicateCompute(c);
            if (pt.flags & P_OWNER != 0) revert ParticipantConflict(c);
            pt.flags = P_COMPUTE;
            pt.amount = uint128(n.fee);
            total += n.fee;
        }
    }

    // --------------------------------------------------------------- acceptance

    /// @notice A participant (dataset owner or compute node of the job) agrees to run it.
    /// An owner's acceptance commits its dataset's ε if the job starts.
    function acceptJob(uint256 id) external {
        Job storage j = _job(id);
        if (j.state != JOB_OPEN) revert WrongState(id, j.state);
        if (block.timestamp > j.acceptBy) revert AcceptanceClosed(id, j.acceptBy);
        Participant storage pt = participants[id][msg.sender];
        if (pt.flags == 0) revert NotParticipant(id, msg.sender);
        if (pt.flags & P_ACCEPTED != 0) revert AlreadyAccepted(id, msg.sender);
        if (pt.flags & P_DECLINED != 0) revert AlreadyDeclined(id, msg.sender);
        Node storage n = nodes[msg.sender];
        if (pt.flags & P_OWNER != 0) {
            if (n.roles & ROLE_OWNER == 0) revert NotOwnerRole(msg.sender);
            j.ownersAccepted++;
        } else {
            if (n.roles & ROLE_COMPUTE == 0) revert NotComputeNode(msg.sender);
            if (n.stake < minStake) revert InsufficientStake(n.stake, minStake);
            j.computeAccepted++;
        }
        pt.flags |= P_ACCEPTED;
        n.openJobs++;
        emit JobAccepted(id, msg.sender);
        if (j.ownersAccepted == j.datasets.length && j.computeAccepted == j.compute.length) {
            _start(id, j);
        }
    }

    /// @notice A participant refuses a job it is named in, saying why (the buyer
    /// reads the reason from the JobDeclined event). Only while the job is open.
    function declineJob(uint256 id, string calldata reason) external {
        Job storage j = _job(id);
        if (j.state != JOB_OPEN) revert WrongState(id, j.state);
        Participant storage pt = participants[id][msg.sender];
        if (pt.flags == 0) revert NotParticipant(id, msg.sender);
        if (pt.flags & P_ACCEPTED != 0) revert AlreadyAccepted(id, msg.sender);
        if (pt.flags & P_DECLINED != 0) revert AlreadyDeclined(id, msg.sender);
        if (bytes(reason).length > MAX_STRING) revert InvalidReason();
        pt.flags |= P_DECLINED;
        if (pt.flags & P_OWNER != 0) {
            j.ownersDeclined++;
        } else {
            j.computeDeclined = true;
        }
        emit JobDeclined(id, msg.sender, reason);
    }

    /// @notice The buyer withdraws, with a full refund, a job that nobody has accepted
    /// yet, or one that can no longer start because participants declined it.
    function cancelJob(uint256 id) external {
        Job storage j = _job(id);
        if (msg.sender != j.buyer) revert NotBuyer(id);
        if (j.state != JOB_OPEN) revert WrongState(id, j.state);
        bool cannotStart = j.computeDeclined || j.datasets.length - j.ownersDeclined < j.startQuorum;
        if ((j.ownersAccepted != 0 || j.computeAccepted != 0) && !cannotStart) revert HasAcceptances(id);
        _cancel(id, j);
    }

    /// @notice Anyone may close the acceptance window once it has passed: the job starts
    /// with the participants that accepted if they are enough, otherwise it is cancelled
    /// and refunded in full. Either way the reservations of those who did not accept are released.
    function closeAcceptance(uint256 id) external {
        Job storage j = _job(id);
        if (j.state != JOB_OPEN) revert WrongState(id, j.state);
        if (block.timestamp <= j.acceptBy) revert AcceptanceOpen(id, j.acceptBy);
        // A job closed after its deadline could only fail: cancel it instead of
        // spending the owners' ε and slashing the aggregator for nothing.
        bool beforeDeadline = block.timestamp <= j.deadline;
        if (beforeDeadline && j.ownersAccepted >= j.startQuorum && j.computeAccepted == j.compute.length) {
            _start(id, j);
        } else {
            _cancel(id, j);
        }
    }

    function _start(uint256 id, Job storage j) internal {
        j.state = JOB_STARTED;
        uint256 unused = j.escrow;
        for (uint256 i = 0; i < j.datasets.length; i++) {
            Dataset storage d = datasets[j.datasets[i]];
            d.reserved -= j.epsilon;
            Participant storage pt = participants[id][d.owner];
            if (pt.flags & P_ACCEPTED != 0) {
                d.spent += j.epsilon;
                unused -= pt.amount;
            }
        }
        for (uint256 i = 0; i < j.compute.length; i++) {
            unused -= participants[id][j.compute[i]].amount;
        }
        emit JobStarted(id, j.ownersAccepted);
        // Prices of datasets that did not join and any overpayment go back now.
        _refund(id, j, unused);
    }

    function _cancel(uint256 id, Job storage j) internal {
        j.state = JOB_CANCELLED;
        j.closed = true;
        for (uint256 i = 0; i < j.datasets.length; i++) {
            Dataset storage d = datasets[j.datasets[i]];
            d.reserved -= j.epsilon;
        }
        _releaseParticipants(id, j);
        uint256 refund = j.escrow;
        emit JobCancelled(id, refund);
        _refund(id, j, refund);
    }

    // ------------------------------------------------------------------- result

    /// @notice The aggregator commits the result: the hash of the payload the owners can
    /// recompute, and the hash and URI of the sealed blob the buyer downloads.
    function commitResult(uint256 id, bytes32 payloadHash, bytes32 blobHash, string calldata uri) external {
        Job storage j = _job(id);
        if (msg.sender != j.compute[0]) revert NotAggregator(id);
        if (j.state != JOB_STARTED) revert WrongState(id, j.state);
        if (block.timestamp > j.deadline) revert DeadlinePassed(id, j.deadline);
        if (j.payloadHash != bytes32(0)) revert AlreadyCommitted(id);
        if (payloadHash == bytes32(0) || blobHash == bytes32(0) || bytes(uri).length > MAX_STRING) {
            revert InvalidResult();
        }
        j.payloadHash = payloadHash;
        j.blobHash = blobHash;
        j.resultURI = uri;
        emit ResultCommitted(id, payloadHash, blobHash, uri);
    }

    /// @notice An owner that accepted confirms the payload hash it computed itself. The
    /// confirmation that reaches n - d matching confirmations settles the job.
    function confirmResult(uint256 id, bytes32 payloadHash) external {
        Job storage j = _job(id);
        if (j.state != JOB_STARTED) revert WrongState(id, j.state);
        if (block.timestamp > j.deadline) revert DeadlinePassed(id, j.deadline);
        if (j.payloadHash == bytes32(0)) revert NotCommitted(id);
        Participant storage pt = participants[id][msg.sender];
        if (pt.flags & P_OWNER == 0 || pt.flags & P_ACCEPTED == 0) revert NotAccepted(id, msg.sender);
        if (pt.flags & P_CONFIRMED != 0) revert AlreadyConfirmed(id, msg.sender);
        pt.flags |= P_CONFIRMED;
        bool matches = payloadHash == j.payloadHash;
        emit ResultConfirmed(id, msg.sender, payloadHash, matches);
        if (!matches) return;
        j.confirmations++;
        if (j.confirmations == j.datasets.length - j.dropouts) _settle(id, j);
    }

    function _settle(uint256 id, Job storage j) internal {
        j.state = JOB_SETTLED;
        j.endedAt = uint64(block.timestamp);
        _releaseParticipants(id, j);
        uint256 fees;
        for (uint256 i = 0; i < j.compute.length; i++) {
            uint256 fee = participants[id][j.compute[i]].amount;
            fees += fee;
            j.escrow -= fee;
            totalEscrow -= fee;
            _credit(j.compute[i], id, fee, CREDIT_FEE);
        }
        emit JobSettled(id, fees);
    }

    /// @notice Anyone may end a started job whose deadline passed without a settled
    /// result: compute fees return to the buyer and part of the aggregator's stake is burned.
    function failJob(uint256 id) external {
        Job storage j = _job(id);
        if (j.state != JOB_STARTED) revert WrongState(id, j.state);
        if (block.timestamp <= j.deadline) revert DeadlineNotReached(id, j.deadline);
        j.state = JOB_FAILED;
        j.endedAt = j.deadline;
        _releaseParticipants(id, j);
        uint256 fees;
        for (uint256 i = 0; i < j.compute.length; i++) {
            fees += participants[id][j.compute[i]].amount;
        }
        Node storage agg = nodes[j.compute[0]];
        uint256 burned = agg.stake * slashBps / BPS;
        agg.stake -= burned;
        totalStaked -= burned;
        totalBurned += burned;
        emit JobFailed(id, fees, burned);
        _refund(id, j, fees);
    }

    // --------------------------------------------------------------- receipts

    function receiptDigest(uint256 id, address owner, uint32 rounds) public view returns (bytes32) {
        bytes32 structHash = keccak256(abi.encode(RECEIPT_TYPEHASH, id, owner, rounds));
        return keccak256(abi.encodePacked("\x19\x01", DOMAIN_SEPARATOR, structHash));
    }

    /// @notice An owner redeems, once, the latest receipt the aggregator signed for it.
    /// The first round earns kappa of the price, the others the rest pro rata.
    function redeemReceipt(uint256 id, uint32 rounds, bytes calldata signature) external {
        Job storage j = _job(id);
        if (j.state != JOB_SETTLED && j.state != JOB_FAILED) revert JobNotEnded(id);
        if (j.closed) revert RedeemWindowClosed(id);
        Participant storage pt = participants[id][msg.sender];
        if (pt.flags & P_OWNER == 0 || pt.flags & P_ACCEPTED == 0) revert NotAccepted(id, msg.sender);
        if (pt.flags & P_REDEEMED != 0) revert AlreadyRedeemed(id, msg.sender);
        if (rounds == 0 || _recover(receiptDigest(id, msg.sender, rounds), signature) != j.compute[0]) {
            revert BadReceipt();
        }
        pt.flags |= P_REDEEMED;
        uint256 price = pt.amount;
        uint256 amount = ownerPay(price, rounds, j.rounds);
        emit ReceiptRedeemed(id, msg.sender, rounds, amount);
        j.escrow -= amount;
        totalEscrow -= amount;
        _credit(msg.sender, id, amount, CREDIT_OWNER_PAY);
        _refund(id, j, price - amount);
    }

    /// @notice What an owner earns for `done` rounds of a job of `total` rounds.
    function ownerPay(uint256 price, uint32 done, uint32 total) public view returns (uint256) {
        if (done == 0) return 0;
        if (done > total) done = total;
        uint256 first = price * kappaBps / BPS;
        return first + (price - first) * done / total;
    }

    /// @notice After the redeem window, anyone returns what nobody earned to the buyer.
    function closeJob(uint256 id) external {
        Job storage j = _job(id);
        if (j.state != JOB_SETTLED && j.state != JOB_FAILED) revert JobNotEnded(id);
        if (j.closed) revert AlreadyClosed(id);
        uint64 closesAt = j.endedAt + redeemWindow;
        if (block.timestamp <= closesAt) revert RedeemWindowOpen(id, closesAt);
        j.closed = true;
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
        uint256 amount = credits[msg.sender];
        if (amount == 0) revert NothingToWithdraw();
        credits[msg.sender] = 0;
        totalCredits -= amount;
        emit Withdrawn(msg.sender, amount);
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert TransferFailed();
    }

    function _credit(address to, uint256 id, uint256 amount, uint8 reason) internal {
        if (amount == 0) return;
        credits[to] += amount;
        totalCredits += amount;
        emit Credited(to, id, amount, reason);
    }

    function _refund(uint256 id, Job storage j, uint256 amount) internal {
        if (amount == 0) return;
        j.escrow -= amount;
        totalEscrow -= amount;
        _credit(j.buyer, id, amount, CREDIT_REFUND);
    }

    function _releaseParticipants(uint256 id, Job storage j) internal {
        for (uint256 i = 0; i < j.datasets.length; i++) {
            _release(id, datasets[j.datasets[i]].owner);
        }
        for (uint256 i = 0; i < j.compute.length; i++) {
            _release(id, j.compute[i]);
        }
    }

    function _release(uint256 id, address who) internal {
        if (participants[id][who].flags & P_ACCEPTED != 0) nodes[who].openJobs--;
    }

    // ------------------------------------------------------------------- views

    function _job(uint256 id) internal view returns (Job storage j) {
        j = jobs[id];
        if (j.buyer == address(0)) revert UnknownJob(id);
    }

    function getJob(uint256 id) external view returns (Job memory) {
        return _job(id);
    }

    /// @notice The role of `who` in job `id` and how far it went.
    function participant(uint256 id, address who)
        external
        view
        returns (bool isOwner, bool isCompute, bool accepted, bool redeemed, bool confirmed, bool declined)
    {
        uint8 f = participants[id][who].flags;
        return (
            f & P_OWNER != 0,
            f & P_COMPUTE != 0,
            f & P_ACCEPTED != 0,
            f & P_REDEEMED != 0,
            f & P_CONFIRMED != 0,
            f & P_DECLINED != 0
        );
    }
}
