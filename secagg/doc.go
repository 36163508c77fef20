// Package secagg implements secure aggregation after Bonawitz et al.,
// "Practical Secure Aggregation for Privacy-Preserving Machine Learning"
// (CCS 2017), in its malicious-server variant: n clients each hold a vector
// over Z_{2^k}, or with entries modulo per-segment moduli (Params.Segments:
// the residues of ciphertexts); a server learns the sum of the vectors of the
// clients that survive, and nothing else about any single vector, even if
// clients drop out after sharing their keys. An extra step lets every client
// recompute and check the sum (Server.Opening, Client.VerifySum).
//
// The protocol objects are local, network-free state machines in the style
// of Lattigo's multiparty package: a Client has one method per step, each
// taking the server's message bytes and returning its own signed reply; a
// Server collects each step (Add…), closes it (Close…) and finally unmasks
// the Sum. A transport carries the bytes; every message is bound to a
// Session (job id and round), a step and a sender, and is checked (size,
// range, sender, signature, session) before use, with errors naming the
// peer.
//
// # Threat model
//
// Protected: each honest client's input against a malicious server
// colluding with up to c clients, provided the threshold is
// t = Threshold(n, c) > (n+c)/2 and at least two honest clients survive
// (CheckParams). The server learns the sum over the survivor set U3 (and
// who reached each step); colluders additionally learn what the sum minus
// their own inputs implies. Secrecy rests on X25519, HKDF-SHA256,
// AES-256-CTR as a PRG, AES-256-GCM and Ed25519 signatures (the clients'
// registry keys); shares are information-theoretically hidden below t.
//
// Every honest client that verifies the sum gets the same one: the server
// commits to the masked sum with U3 in the consistency check, and the seeds
// and keys it reveals in the opening are checked against the clients'
// advertised commitments and keys.
//
// Not protected: correctness against a malicious server or malicious
// clients (a bad input, a wrong share or a dropped message can make the sum
// wrong or abort the run; the server can add an offset to the masked sum
// before unmasking, fixed blind; the paper gives the same guarantee), availability
// (any party can abort by misbehaving), and the privacy of the sum itself,
// which callers protect with differential-privacy noise before masking.
// Clients must not reuse a Session: keys, masks and nonces are fresh per
// session only because each Client generates fresh keys.
//
// See docs/secagg.md for the design, the parameter choices and their
// sources.
package secagg
