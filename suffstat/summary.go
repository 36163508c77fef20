package suffstat

import (
	"fmt"
	"strings"
)

// summaryFigures bounds how many figures the one-line summary lists.
const summaryFigures = 3

// Summary is the one line the buyer's terminal shows for a release.
func (res *Release) Summary() string {
	head := fmt.Sprintf("%s over %d rows from %d owners (ε=%g)", res.Type, res.Count, res.Owners, res.Epsilon)
	if res.Linreg != nil {
		l := res.Linreg
		return fmt.Sprintf("%s: %s on %d features, R² %.3g ± %.2g", head, l.Label, len(l.Features), l.R2.Value, l.R2.NoiseStd)
	}
	var parts []string
	for _, c := range res.Columns {
		if len(parts) == summaryFigures {
			parts = append(parts, "…")
			break
		}
		if e, name := headline(c); e != nil {
			parts = append(parts, fmt.Sprintf("%s %s %.4g ± %.2g", c.Name, name, e.Value, e.NoiseStd))
		}
	}
	if len(parts) == 0 {
		return head
	}
	return head + ": " + strings.Join(parts, ", ")
}

// headline picks the figure that best sums up a column.
func headline(c ColumnStats) (*Estimate, string) {
	switch {
	case c.Mean != nil:
		return c.Mean, "mean"
	case c.Sum != nil:
		return c.Sum, "sum"
	case c.Std != nil:
		return c.Std, "std"
	case c.Var != nil:
		return c.Var, "var"
	}
	return nil, ""
}
