package bench

import (
	"flag"
	"os"
	"testing"
)

var cellsFlag = flag.String("secagg.cells", "10x10000x0,10x10000x30,100x10000x0,100x100000x0,100x100000x30",
	`cells for BenchmarkProtocol: comma-separated NxLENxDROP, or "all" for the full grid`)

// BenchmarkProtocol runs each requested cell once per iteration and reports
// the figures as metrics; with -v it also prints the table.
//
//	go test ./secagg/bench -run XXX -bench Protocol -benchtime 1x -secagg.cells all
func BenchmarkProtocol(b *testing.B) {
	cells, err := ParseCells(*cellsFlag)
	if err != nil {
		b.Fatal(err)
	}
	var results []Result
	for _, c := range cells {
		b.Run(c.String(), func(b *testing.B) {
			var r Result
			for b.Loop() {
				if r, err = Run(c, Options{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(r.ClientTotal.Seconds()*1e3, "client-ms")
			b.ReportMetric(r.ClientKeyAgreement.Seconds()*1e3, "client-KA-ms")
			b.ReportMetric(r.ClientMaskRatio(), "mask/aes")
			b.ReportMetric(r.ServerTotal.Seconds()*1e3, "server-ms")
			b.ReportMetric(r.ServerKeyAgreement.Seconds()*1e3, "server-KA-ms")
			b.ReportMetric(r.ServerUnmaskRatio(), "unmask/aes")
			b.ReportMetric(r.Expansion, "bytes/plain")
			results = append(results, r)
		})
	}
	if testing.Verbose() {
		WriteTable(os.Stdout, results)
	}
}

func TestRunSmallCell(t *testing.T) {
	r, err := Run(Cell{N: 6, VectorLen: 500, DropoutPercent: 30, ValueBits: 16}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Dropped != 1 || r.ModBits != 19 || r.Threshold != 4 {
		t.Fatalf("dropped %d, k %d, t %d; want 1, 19, 4", r.Dropped, r.ModBits, r.Threshold)
	}
	// 500 entries at k = 19 bits against b = 16: the vector alone is 19/16.
	if r.Expansion < 19.0/16 {
		t.Fatalf("expansion %.3f below the packed vector's 19/16", r.Expansion)
	}
	if r.ClientTotal <= 0 || r.ServerUnmask <= 0 || r.ServerKeyAgreement <= 0 {
		t.Fatalf("missing timings: %+v", r)
	}
}

// SecAgg+ at n = 40: the planned sparse graph, fewer bytes than the
// complete graph's run of the same cell.
func TestRunSmallCellPlus(t *testing.T) {
	cell := Cell{N: 40, VectorLen: 2000, DropoutPercent: 30, ValueBits: 16}
	full, err := Run(cell, Options{})
	if err != nil {
		t.Fatal(err)
	}
	cell.Plus = true
	plus, err := Run(cell, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if plus.Degree >= 39 || plus.BytesPerClient >= full.BytesPerClient {
		t.Fatalf("secagg+ degree %d, %.0f bytes against %.0f on the complete graph", plus.Degree, plus.BytesPerClient, full.BytesPerClient)
	}
}

func TestParseCells(t *testing.T) {
	cells, err := ParseCells("10x10000x0, 500x100000x30")
	if err != nil || len(cells) != 2 || cells[1] != (Cell{N: 500, VectorLen: 100000, DropoutPercent: 30, ValueBits: 16}) {
		t.Fatalf("ParseCells = %v, %v", cells, err)
	}
	if plus, err := ParseCells("500x100000x30+"); err != nil || !plus[0].Plus {
		t.Fatalf("ParseCells with + = %v, %v", plus, err)
	}
	if all, _ := ParseCells("all"); len(all) != 18 {
		t.Fatalf("full grid has %d cells, want 18", len(all))
	}
	for _, bad := range []string{"10x10", "ax1x1", "10x-1x0"} {
		if _, err := ParseCells(bad); err == nil {
			t.Errorf("ParseCells(%q) accepted", bad)
		}
	}
}
