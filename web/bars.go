package web

import (
	"fmt"
	"math"

	"github.com/veil-market/veil/catalog"
)

// Bar is a privacy budget drawn as three segments: spent, reserved by open
// jobs, left. The page shows it as an SVG with its numbers beside it in text
// (the text is the SVG's accessible name, so a screen reader reads the same).
type Bar struct {
	ID       string  `json:"id"`
	Name     string  `json:"name"`
	Total    float64 `json:"total"`
	Spent    float64 `json:"spent"`
	Reserved float64 `json:"reserved"`
	Left     float64 `json:"left"`
	// Widths of the segments in percent of the bar (they sum to 100 when
	// the budget is not zero).
	SpentWidth    float64 `json:"-"`
	ReservedWidth float64 `json:"-"`
	LeftWidth     float64 `json:"-"`
	Text          string  `json:"text"`
}

func newBar(id, name string, total, spent, reserved, left float64) Bar {
	b := Bar{ID: id, Name: name, Total: total, Spent: spent, Reserved: reserved, Left: left}
	if total > 0 {
		b.SpentWidth = width(spent, total)
		b.ReservedWidth = width(reserved, total)
		b.LeftWidth = math.Max(0, 100-b.SpentWidth-b.ReservedWidth)
	}
	b.Text = fmt.Sprintf("%s: %g spent, %g reserved by open jobs, %g left of %g", name, spent, reserved, left, total)
	return b
}

// width is v's share of total in percent, rounded to 0.01 and kept within [0, 100].
func width(v, total float64) float64 {
	return math.Round(math.Min(100, math.Max(0, 100*v/total))*100) / 100
}

// budgetBars are a dataset's ε and δ budgets.
func budgetBars(d *catalog.Dataset) []Bar {
	return []Bar{
		newBar("epsilon", "ε", d.Epsilon, d.EpsilonSpent, d.EpsilonHeld, d.EpsilonLeft),
		newBar("delta", "δ", d.Delta, d.DeltaSpent, d.DeltaHeld, d.DeltaLeft),
	}
}

// datasetPage is a dataset's record with its budgets drawn.
type datasetPage struct {
	*catalog.DatasetRecord
	Bars []Bar `json:"budgets"`
}
