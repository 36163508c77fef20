package mpc

import (
	"context"
	"fmt"
	"io"

	"github.com/veil-market/veil/psi"
)

// psiOwner is an owner's side of a psi job. Its OPRF inputs (deduplicated,
// padded to its committed row count, shuffled) are made when the run is
// prepared.
type psiOwner struct {
	jc     *jobCtx
	self   int
	inputs [][]byte
	rand   io.Reader
	end    *ownerEnd
}

func (o *psiOwner) round(ctx context.Context, lead, helper channel) error {
	nodes := [2]channel{lead, helper}
	var keys [2]psi.PublicKey
	for role, ch := range nodes {
		b, err := recv(ctx, ch, stepPSIKey, maxKeyMessage)
		if err != nil {
			return fmt.Errorf("mpc: key of compute node %d: %w", role, err)
		}
		if keys[role], err = o.jc.openKey(b, psi.Role(role)); err != nil {
			return err
		}
	}
	q, req, err := psi.Blind(o.inputs, o.rand)
	if err != nil {
		return err
	}
	var evals [2][]byte
	for role, ch := range nodes {
		if err := ch.Send(ctx, stepPSIRequest, req); err != nil {
			return fmt.Errorf("mpc: request to compute node %d: %w", role, err)
		}
	}
	for role, ch := range nodes {
		if evals[role], err = recv(ctx, ch, stepPSIEval, 8+(psi.ElementSize+64)*len(o.inputs)+64); err != nil {
			return fmt.Errorf("mpc: evaluation of compute node %d: %w", role, err)
		}
	}
	out, err := q.Finalize(keys[psi.Counter], keys[psi.Mixer], evals[psi.Counter], evals[psi.Mixer])
	if err != nil {
		return err
	}
	tags, err := psi.Tags(out, keys[psi.Counter], o.rand)
	if err != nil {
		return err
	}
	if err := helper.Send(ctx, stepPSITags, tags); err != nil {
		return fmt.Errorf("mpc: tags to the mixer: %w", err)
	}
	end, err := o.jc.collectReleases(ctx, kindPSI, o.self, nodes, 4<<10)
	if end != nil {
		o.end = end
	}
	return err
}
