// Package gasreport measures what the Marketplace's calls cost in gas on the
// embedded dev chain (the pinned fork schedule, through Osaka): it starts its
// own in-memory chain, runs one job of each kind through its life and reads
// each transaction's receipt. As a yardstick it measures, in the same run, the
// transfers of an OpenZeppelin ERC-20 token, the call every wallet prices.
//
// Figures are exact for the compiled contract and the inputs used here
// (3 datasets, 2 compute nodes, a 2 KB metadata document, a 1 KB job spec);
// calldata-heavy calls grow with their documents, loops with datasets and nodes.
package gasreport
