package dataset

// Limits against hostile input. A file that exceeds one is refused with an
// error wrapping ErrLimit; no limit depends on the number of rows.
const (
	// MaxColumns is the largest number of columns a CSV may have.
	MaxColumns = 4096
	// MaxFieldBytes is the longest a cell or a column name may be, in bytes,
	// before trimming. The shortest exact form of a float64 needs 24.
	MaxFieldBytes = 256
	// MaxHeaderBytes is the longest the header record may be, in bytes.
	MaxHeaderBytes = 256 << 10
	// MaxRecordBytes bounds one data record. Records within the column and
	// field limits are always shorter; this is the backstop that keeps
	// memory bounded before those limits can be checked.
	MaxRecordBytes = 2 << 20
	// MaxMetadataBytes is the largest metadata document or bounds file.
	MaxMetadataBytes = 1 << 20
)
