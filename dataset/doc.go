// Package dataset reads, checks and describes the tabular data that Veil
// owners sell computations over.
//
// It promises:
//
//   - A CSV is accepted only if it has a header of unique, non-empty,
//     printable column names and at least one row, and every cell is a finite
//     decimal number. Anything else is refused with one error that names the
//     line and the column (see [LineError]); nothing is returned with it.
//   - [Inspect] validates a CSV of any size in constant memory and returns its
//     [Schema] (names, inferred types, row count) without keeping a row; [Read]
//     applies exactly the same rules and keeps the rows in a [Table].
//   - Hostile input is bounded: column count, cell and name length, header
//     length and record length all have limits (see [MaxColumns] and the
//     other limits), so memory stays bounded whatever the input.
//   - The public [Metadata] document holds only a title, a description, the
//     column names, the row count and the owner's declared types and
//     [Bounds]: never a value computed from the rows' contents. Its encoding
//     is canonical: [Metadata.Encode] is deterministic, and [DecodeMetadata]
//     accepts only canonical bytes, so the SHA-256 of an accepted document's
//     bytes is its [Metadata.Hash].
//   - Splits ([Table.SplitIID], [Table.SplitByLabel], [Table.StratifiedSplit])
//     partition the rows exactly and are deterministic for a given
//     *math/rand/v2.Rand; they exist for demos and benchmarks.
//
// Column types are declared by the owner, like bounds: "binary" (0 or 1),
// "integer" or "real". Inspect only suggests the narrowest type each
// column's values fit ([Schema.Suggested]); the owner confirms or widens it
// ([Schema.Declare]), and a declaration the values do not fit is refused.
// The public metadata therefore depends on the declarations, the header and
// the row count only, never on the values.
//
// Errors wrap the sentinel errors of this package (ErrEmpty, ErrNotNumber,
// ...) so callers can branch with errors.Is. Error messages quote the
// offending cell (at most 40 bytes of it): they are meant for the data owner
// and must not be forwarded to peers.
package dataset
