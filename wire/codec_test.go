package wire

import (
	"bytes"
	"context"
	"testing"
	"time"

	"google.golang.org/grpc/mem"
)

// split cuts b into gRPC buffers of at most n bytes, as its receive path does.
func split(b []byte, n int) mem.BufferSlice {
	var out mem.BufferSlice
	for len(b) > 0 {
		k := min(n, len(b))
		out = append(out, mem.SliceBuffer(b[:k]))
		b = b[k:]
	}
	return out
}

func TestCodecRoundTrip(t *testing.T) {
	for i, size := range []int{0, 100, MaxChunk - 300, MaxChunk, MaxChunk} {
		f := &Frame{Kind: KindData, Job: 3, Round: 4, Step: "s", Total: uint64(size), Last: true, Sig: []byte("sig"), Payload: pattern(size, 4)}
		whole := i < 4 // the last is the second chunk of a longer message
		if !whole {
			f.Seq, f.Total, f.Last = 1, 3*MaxChunk, false
		}
		enc, err := frameCodec{}.Marshal(f)
		if err != nil {
			t.Fatal(err)
		}
		wire := enc.Materialize()
		enc.Free()
		want, _ := f.MarshalBinary()
		if !bytes.Equal(wire, want) {
			t.Fatalf("%d bytes: the codec's encoding differs from MarshalBinary", size)
		}
		var got Frame
		if err := (frameCodec{}).Unmarshal(split(wire, 16<<10), &got); err != nil {
			t.Fatal(err)
		}
		if !sameFrame(&got, f) {
			t.Fatalf("%d bytes: decoded another frame", size)
		}
		// A whole message in one chunk gets memory of its own; other full
		// chunks come in recycled buffers.
		if pooled := got.pooled != nil; pooled != (len(wire) >= MaxChunk && !whole) {
			t.Fatalf("%d bytes: pooled = %v", size, pooled)
		}
		wasPooled := got.pooled != nil
		got.release()
		if got.pooled != nil || (wasPooled && got.Payload != nil) {
			t.Fatal("release kept the pooled buffer")
		}
	}
}

func TestCodecRefusals(t *testing.T) {
	if _, err := (frameCodec{}).Marshal("a string"); err == nil {
		t.Fatal("encoded a string")
	}
	if _, err := (frameCodec{}).Marshal(&Frame{}); err == nil {
		t.Fatal("encoded a frame of kind 0")
	}
	var s string
	if err := (frameCodec{}).Unmarshal(split([]byte{1}, 1), &s); err == nil {
		t.Fatal("decoded into a string")
	}
	var f Frame
	err := (frameCodec{}).Unmarshal(split(make([]byte, MaxFrame+1), 16<<10), &f)
	mustContain(t, err, "malformed frame", "max")
	err = (frameCodec{}).Unmarshal(split(make([]byte, MaxChunk+10), 16<<10), &f)
	mustContain(t, err, "malformed frame")
	if f.pooled != nil {
		t.Fatal("a refused frame kept its pooled buffer")
	}
}

// TestReceivedMessagesOwnTheirMemory: receive buffers are recycled, so a message
// delivered earlier must not change when later ones arrive.
func TestReceivedMessagesOwnTheirMemory(t *testing.T) {
	n := newTestNet(t, nil)
	owners := n.owners(1)
	hub := n.openJob(7, owners, 4<<20)
	link := n.dial(hub, owners[0], 7, 4<<20)
	ctx := context.Background()
	var kept [][]byte
	var sent [][]byte
	for i, size := range []int{MaxChunk, 3*MaxChunk + 1, MaxChunk, 3*MaxChunk + 1} {
		r := uint32(i + 1)
		payload := pattern(size, byte(i))
		if err := link.Round(r).Send(ctx, "m", payload); err != nil {
			t.Fatal(err)
		}
		got, failed := hub.Round(r).Gather(ctx, "m", []int{0}, size, time.Now().Add(20*time.Second))
		if len(failed) != 0 {
			t.Fatal(failed)
		}
		kept, sent = append(kept, got[0]), append(sent, bytes.Clone(payload))
	}
	for i := range kept {
		if !bytes.Equal(kept[i], sent[i]) {
			t.Fatalf("message %d changed after later messages arrived", i)
		}
	}
}
