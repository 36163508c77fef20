package engine

// ColumnReader is implemented by an engine whose owner run reads only some
// of the dataset's columns. It is optional: the node then loads only those
// columns of the owner's sealed dataset, so that an owner's memory follows
// the data the job uses rather than the whole file (docs/node.md). Without
// it, every column is loaded.
type ColumnReader interface {
	// Columns lists the columns of owner self's dataset that its run reads,
	// in the order it wants them in the table NewOwner gets.
	Columns(job *Job, self int) ([]string, error)
}

// OwnerColumns is the columns to load for owner self of job: the engine's
// choice, or nil (every column).
func OwnerColumns(e Engine, job *Job, self int) ([]string, error) {
	if c, ok := e.(ColumnReader); ok {
		return c.Columns(job, self)
	}
	return nil, nil
}
