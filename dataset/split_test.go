package dataset

import (
	"errors"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"pgregory.net/rapid"
)

// drawTable makes a table whose column "id" holds the row number, so that
// rows can be told apart, and whose "label" is integral or real.
func drawTable(t *rapid.T) *Table {
	n := rapid.IntRange(2, 200).Draw(t, "rows")
	integral := rapid.Bool().Draw(t, "integral label")
	classes := rapid.IntRange(1, 6).Draw(t, "classes")
	tab := &Table{Columns: []string{"id", "label"}}
	for i := range n {
		label := float64(rapid.IntRange(0, classes-1).Draw(t, "class"))
		if !integral {
			label = rapid.Float64Range(-10, 10).Draw(t, "label") + 0.5 // rarely integral
		}
		tab.Rows = append(tab.Rows, []float64{float64(i), label})
	}
	return tab
}

// checkPartition fails unless parts hold every row of tab exactly once,
// each part in file order.
func checkPartition(t *rapid.T, tab *Table, parts ...*Table) {
	var ids []int
	for _, p := range parts {
		if !reflect.DeepEqual(p.Columns, tab.Columns) {
			t.Fatalf("part columns %v, want %v", p.Columns, tab.Columns)
		}
		var prev = -1
		for _, row := range p.Rows {
			id := int(row[0])
			if id <= prev {
				t.Fatalf("part rows out of file order: %d after %d", id, prev)
			}
			if !reflect.DeepEqual(row, tab.Rows[id]) {
				t.Fatalf("row %d changed: %v, want %v", id, row, tab.Rows[id])
			}
			prev = id
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	for i, id := range ids {
		if id != i {
			t.Fatalf("rows lost or duplicated: sorted ids %v", ids)
		}
	}
	if len(ids) != tab.Len() {
		t.Fatalf("%d rows in parts, %d in table", len(ids), tab.Len())
	}
}

func checkNearEqual(t *rapid.T, parts []*Table) {
	sizes := make([]int, len(parts))
	for i, p := range parts {
		sizes[i] = p.Len()
	}
	if slices.Max(sizes)-slices.Min(sizes) > 1 {
		t.Fatalf("part sizes %v differ by more than one", sizes)
	}
}

func TestSplitIIDPartitions(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		tab := drawTable(t)
		n := rapid.IntRange(1, tab.Len()+3).Draw(t, "parts")
		seed := rapid.Uint64().Draw(t, "seed")
		parts := tab.SplitIID(n, rand.New(rand.NewPCG(seed, 1)))
		if len(parts) != n {
			t.Fatalf("%d parts, want %d", len(parts), n)
		}
		checkPartition(t, tab, parts...)
		checkNearEqual(t, parts)
		if again := tab.SplitIID(n, rand.New(rand.NewPCG(seed, 1))); !reflect.DeepEqual(parts, again) {
			t.Fatal("same seed gave a different split")
		}
	})
}

func TestSplitByLabelPartitions(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		tab := drawTable(t)
		n := rapid.IntRange(1, tab.Len()).Draw(t, "parts")
		parts, err := tab.SplitByLabel(n, "label")
		if err != nil {
			t.Fatal(err)
		}
		checkPartition(t, tab, parts...)
		checkNearEqual(t, parts)
		for p := 1; p < n; p++ {
			prev, _ := parts[p-1].Column("label")
			cur, _ := parts[p].Column("label")
			if slices.Max(prev) > slices.Min(cur) {
				t.Fatalf("part %d has label %v above part %d's %v", p-1, slices.Max(prev), p, slices.Min(cur))
			}
		}
	})
}

func TestStratifiedSplitPartitions(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		tab := drawTable(t)
		frac := rapid.Float64Range(0.01, 0.99).Draw(t, "test fraction")
		seed := rapid.Uint64().Draw(t, "seed")
		train, test, err := tab.StratifiedSplit("label", frac, rand.New(rand.NewPCG(seed, 2)))
		if err != nil {
			t.Fatal(err)
		}
		checkPartition(t, tab, train, test)
		want := min(max(int(math.Round(frac*float64(tab.Len()))), 1), tab.Len()-1)
		if test.Len() != want {
			t.Fatalf("%d test rows, want %d", test.Len(), want)
		}
		if tab.labelKind(1) == kindReal {
			return
		}
		for _, class := range tab.classes(1) {
			exact := frac * float64(len(class))
			got := 0
			for _, row := range test.Rows {
				if row[1] == tab.Rows[class[0]][1] {
					got++
				}
			}
			if float64(got) < math.Floor(exact) || float64(got) > math.Ceil(exact) {
				t.Fatalf("class %v: %d of %d rows in test, want about %.2f", tab.Rows[class[0]][1], got, len(class), exact)
			}
		}
	})
}

func TestStratifiedSplitRealData(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	cancer := mustRead(t, readTestFile(t, "../testdata/breast_cancer.csv"))
	train, test, err := cancer.StratifiedSplit("benign", 0.25, rng)
	if err != nil {
		t.Fatal(err)
	}
	labels, _ := test.Column("benign")
	benign := 0
	for _, v := range labels {
		benign += int(v)
	}
	// 357 benign and 212 malignant rows: 89.25 and 53 test rows, 142 in all.
	if train.Len() != 427 || test.Len() != 142 || benign != 89 {
		t.Errorf("train %d, test %d with %d benign; want 427, 142, 89", train.Len(), test.Len(), benign)
	}
	diabetes := mustRead(t, readTestFile(t, "../testdata/diabetes.csv"))
	train, test, err = diabetes.StratifiedSplit("progression", 0.25, rng)
	if err != nil || train.Len() != 331 || test.Len() != 111 {
		t.Errorf("diabetes split %d/%d, %v; want 331/111", train.Len(), test.Len(), err)
	}
}

func TestSplitErrors(t *testing.T) {
	tab := sampleTable()
	if parts := tab.SplitIID(0, nil); parts != nil {
		t.Errorf("SplitIID(0) = %v, want nil", parts)
	}
	if parts := tab.SplitIID(5, nil); len(parts) != 5 || parts[4].Len() != 1 || parts[0].Len() != 0 {
		t.Errorf("SplitIID(5) of 3 rows gave sizes %d..%d", parts[0].Len(), parts[4].Len())
	}
	for _, tc := range []struct {
		name string
		err  error
		msg  string
		want error
	}{
		{"label unknown", second(tab.SplitByLabel(2, "nope")), `dataset: label: unknown column "nope"`, ErrUnknownColumn},
		{"zero parts", second(tab.SplitByLabel(0, "label")), `dataset: bad split: cannot cut 3 rows into 0 parts`, ErrBadSplit},
		{"too many parts", second(tab.SplitByLabel(4, "label")), `dataset: bad split: cannot cut 3 rows into 4 parts`, ErrBadSplit},
		{"stratify unknown", third(tab.StratifiedSplit("nope", 0.5, nil)), `dataset: label: unknown column "nope"`, ErrUnknownColumn},
		{"fraction 0", third(tab.StratifiedSplit("label", 0, nil)), `dataset: bad split: test fraction 0 is not in (0, 1)`, ErrBadSplit},
		{"fraction 1", third(tab.StratifiedSplit("label", 1, nil)), `dataset: bad split: test fraction 1 is not in (0, 1)`, ErrBadSplit},
		{"fraction NaN", third(tab.StratifiedSplit("label", math.NaN(), nil)), `dataset: bad split: test fraction NaN is not in (0, 1)`, ErrBadSplit},
		{"one row", third((&Table{Columns: []string{"y"}, Rows: [][]float64{{1}}}).StratifiedSplit("y", 0.5, nil)),
			`dataset: bad split: 1 rows cannot make two parts`, ErrBadSplit},
	} {
		if tc.err == nil || tc.err.Error() != tc.msg || !errors.Is(tc.err, tc.want) {
			t.Errorf("%s: error %v, want %q", tc.name, tc.err, tc.msg)
		}
	}
}

func second[A any](_ A, err error) error        { return err }
func third[A, B any](_ A, _ B, err error) error { return err }
