// Package web serves the market's catalog to browsers: the datasets with a
// search form, each dataset's terms, schema and privacy budgets, each job's
// timeline from submission to settlement, and the node registry. Pages are
// rendered on the server with html/template from a catalog.Index (the same
// views `veil dataset list` and `veil job status` print); every page has a
// JSON twin, asked for with `Accept: application/json` or a `.json` suffix.
// No script, no font, no request leaves the page: it works offline.
//
// Threat model: the server is read-only (GET and HEAD only; writes stay in the
// CLI, where the keys are) and holds no secret. Everything it shows from the
// chain is written by untrusted parties: the catalog escapes control and
// format characters, html/template escapes markup, long text is truncated on
// display, and a Content-Security-Policy forbids scripts and inline styles
// so injected markup could not run even if escaping failed. Requests are
// bounded by the server's timeouts and header limit.
package web
