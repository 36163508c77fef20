package mpc

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/binary"
	"fmt"
	"time"

	"golang.org/x/crypto/cryptobyte"

	"github.com/veil-market/veil/psi"
)

// PSI steps.
const (
	stepPSIKey     = "psi/key"     // node → owner: its public key, signed
	stepPSIRequest = "psi/request" // owner → both nodes: the blinded batch
	stepPSIEval    = "psi/eval"    // node → owner: its evaluation with proofs
	stepPSITags    = "psi/tags"    // owner → mixer: encrypted tags
	stepPSIStatus  = "psi/status"  // counter → mixer: owners whose request it evaluated
	stepPSIMixed   = "psi/mixed"   // mixer → counter: the owners included and their mixed lists
)

// psiNode is one compute node's side of a psi job: the lead counts, the
// helper mixes.
type psiNode struct {
	jc   *jobCtx
	role psi.Role
	rel  psi.Release
	env  nodeEnv
	out  *outcome

	mixedDigest [32]byte // counter: SHA-256 of the mixer's message it counted
}

// round runs the whole job at this node.
func (n *psiNode) round(ctx context.Context, hub ownersHub, peer channel) error {
	key, err := psi.NewKeyShare(n.role, n.env.rand)
	if err != nil {
		return err
	}
	secret, err := n.drawSecret()
	if err != nil {
		return err
	}
	pub, _ := key.Public.MarshalBinary()
	signed := n.signKey(pub)
	for _, o := range hub.Live() {
		if err := hub.Send(ctx, o, stepPSIKey, signed); err != nil {
			n.env.log.Info("owner did not get the key", "owner", o, "err", err)
		}
	}
	evaluated, rejected := n.evaluate(ctx, hub, key)
	var mine release
	var c *commitment
	if n.role == psi.Mixer {
		mine, c, err = n.mix(ctx, hub, peer, key, evaluated, rejected, secret.(psi.Dummies))
	} else {
		mine, c, err = n.count(ctx, peer, key, evaluated, rejected, secret.(psi.Noise))
	}
	if err != nil {
		return err
	}
	if n.out, err = n.jc.exchangeReleases(ctx, peer, kindPSI, byte(n.role), mine, c, 4<<10); err != nil {
		return err
	}
	if n.role == psi.Counter && !bytes.Equal(n.out.releases[psi.Mixer].sealed, n.mixedDigest[:]) {
		return fmt.Errorf("%w: the mixer committed to lists other than those it sent", ErrCommitment)
	}
	sendReleases(ctx, hub, mine, n.env)
	return nil
}

// drawSecret draws the node's noise before any owner's message arrives: the
// mixer's dummy count, the counter's own noise.
func (n *psiNode) drawSecret() (any, error) {
	if n.role == psi.Mixer {
		return n.rel.DrawDummies(n.env.rand)
	}
	return n.rel.DrawNoise(n.env.rand)
}

// signKey signs the node's public key for this job.
func (n *psiNode) signKey(pub []byte) []byte {
	msg := keyMessage(n.jc.binding, byte(n.role), pub)
	sig, err := n.env.key.Sign(nil, msg, &ed25519.Options{Context: keyContext})
	if err != nil {
		panic("mpc: Ed25519ctx signing failed: " + err.Error())
	}
	return append(pub, sig...)
}

const keyContext = "veil/mpc/psi-key/v1"

func keyMessage(job [32]byte, role byte, pub []byte) []byte {
	return append(append(append([]byte("VMK1"), job[:]...), role), pub...)
}

// openKey checks a node's signed public key.
func (jc *jobCtx) openKey(msg []byte, role psi.Role) (psi.PublicKey, error) {
	if len(msg) < ed25519.SignatureSize {
		return psi.PublicKey{}, fmt.Errorf("mpc: %s's key: %d bytes", role, len(msg))
	}
	pub, sig := msg[:len(msg)-ed25519.SignatureSize], msg[len(msg)-ed25519.SignatureSize:]
	if ed25519.VerifyWithOptions(jc.nodeKeys[role], keyMessage(jc.binding, byte(role), pub), sig, &ed25519.Options{Context: keyContext}) != nil {
		return psi.PublicKey{}, fmt.Errorf("mpc: %s's key: signature does not verify", role)
	}
	return psi.ParsePublicKey(pub, role)
}

// evaluate answers each live owner's request once, with exactly its
// committed row count of elements.
func (n *psiNode) evaluate(ctx context.Context, hub ownersHub, key *psi.KeyShare) ([]int, map[int]Reason) {
	reqs, missing := hub.Gather(ctx, stepPSIRequest, hub.Live(), 8+psi.ElementSize*n.maxRows(), time.Now().Add(n.jc.timeout))
	logAbsent(n.env, n.jc, reqs, missing, "request")
	var evaluated []int
	rejected := map[int]Reason{}
	for _, o := range sortedOwners(reqs) {
		if o < 0 || o >= n.jc.owners() {
			continue
		}
		ev, err := key.Evaluate(reqs[o], n.jc.rows[o], n.env.rand)
		if err != nil {
			n.env.log.Warn("owner's request refused: rejected", append(n.jc.who(o), "err", err)...)
			rejected[o] = ReasonMalformed
			continue
		}
		if err := hub.Send(ctx, o, stepPSIEval, ev); err != nil {
			continue
		}
		evaluated = append(evaluated, o)
	}
	return evaluated, rejected
}

func (n *psiNode) maxRows() int {
	m := 0
	for _, r := range n.jc.rows {
		m = max(m, r)
	}
	return m
}

// encodeOwners is a count (2) and increasing owner indices (2 each).
func encodeOwners(os []int) []byte {
	b := binary.BigEndian.AppendUint16(nil, uint16(len(os)))
	for _, o := range os {
		b = binary.BigEndian.AppendUint16(b, uint16(o))
	}
	return b
}

func parseOwners(in *cryptobyte.String, n int) ([]int, error) {
	out, err := readIndices(in, n, map[int]bool{})
	if err != nil {
		return nil, fmt.Errorf("mpc: owner list from the other compute node: %w", err)
	}
	return out, nil
}

// maxKeyMessage bounds a node's signed public key (the counter's: magic,
// role, K, Q and a signature is 133 bytes).
const maxKeyMessage = 256
