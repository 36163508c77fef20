package web

import (
	"bytes"
	"embed"
	"encoding/json"
	"html/template"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"golang.org/x/net/netutil"

	"github.com/veil-market/veil/catalog"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Server serves one index's pages.
type Server struct {
	index *catalog.Index
	pages map[string]*template.Template
	log   *slog.Logger
}

// New serves index's pages; log may be nil.
func New(index *catalog.Index, log *slog.Logger) (*Server, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	pages, err := parsePages()
	if err != nil {
		return nil, err
	}
	return &Server{index: index, pages: pages, log: log}, nil
}

// Handler routes the pages, with the security headers on every answer.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	static, _ := fs.Sub(staticFS, "static")
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	mux.HandleFunc("GET /{$}", s.catalog)
	mux.HandleFunc("GET /datasets", s.catalog)
	mux.HandleFunc("GET /datasets.json", s.catalog)
	mux.HandleFunc("GET /datasets/{id}", s.dataset)
	mux.HandleFunc("GET /jobs", s.jobs)
	mux.HandleFunc("GET /jobs.json", s.jobs)
	mux.HandleFunc("GET /jobs/{id}", s.job)
	mux.HandleFunc("GET /nodes", s.nodes)
	mux.HandleFunc("GET /nodes.json", s.nodes)
	mux.HandleFunc("GET /nodes/{addr}", s.node)
	mux.HandleFunc("/", s.notFound)
	return headers(limit(MaxInFlight, mux))
}

// limit answers 503 at once when n requests are already being served: a
// flood gets refusals, not a queue that grows with it.
func limit(n int, next http.Handler) http.Handler {
	slots := make(chan struct{}, n)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case slots <- struct{}{}:
			defer func() { <-slots }()
			next.ServeHTTP(w, r)
		default:
			w.Header().Set("Retry-After", "1")
			http.Error(w, "web: busy, try again", http.StatusServiceUnavailable)
		}
	})
}

// headers sets what every answer carries and refuses every method but GET
// and HEAD: the catalog is read-only.
func headers(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			h.Set("Allow", "GET, HEAD")
			http.Error(w, "the catalog is read-only: writes are made with the veil CLI", http.StatusMethodNotAllowed)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// page is what every template gets.
type page struct {
	Title  string
	Nav    string // the current section, for aria-current
	Status catalog.Status
	JSON   string // the page's JSON twin
	Data   any
}

// answer writes data as JSON when asked, else as the named page.
func (s *Server) answer(w http.ResponseWriter, r *http.Request, name, title, nav string, data any) {
	w.Header().Set("Vary", "Accept")
	if wantsJSON(r) {
		s.writeJSON(w, http.StatusOK, data)
		return
	}
	p := page{Title: title, Nav: nav, Status: s.index.Status(), JSON: jsonTwin(r), Data: data}
	var buf bytes.Buffer
	if err := s.pages[name].ExecuteTemplate(&buf, "layout", p); err != nil {
		s.log.Error("web: rendering", "page", name, "err", err)
		http.Error(w, "web: the page could not be rendered", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_, _ = w.Write(buf.Bytes())
}

// wantsJSON: a .json path, or an Accept header that asks for JSON and not HTML.
func wantsJSON(r *http.Request) bool {
	if strings.HasSuffix(r.URL.Path, ".json") {
		return true
	}
	accept := r.Header.Get("Accept")
	return strings.Contains(accept, "application/json") && !strings.Contains(accept, "text/html")
}

// jsonTwin is the address of a page's JSON twin.
func jsonTwin(r *http.Request) string {
	path := r.URL.Path
	if path == "/" {
		path = "/datasets"
	}
	u := path + ".json"
	if r.URL.RawQuery != "" {
		u += "?" + r.URL.RawQuery
	}
	return u
}

func (s *Server) writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		s.log.Warn("web: writing JSON", "err", err)
	}
}

// problem answers an error, as JSON or as a page.
func (s *Server) problem(w http.ResponseWriter, r *http.Request, code int, msg string) {
	if wantsJSON(r) {
		s.writeJSON(w, code, map[string]string{"error": msg})
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	p := page{Title: http.StatusText(code), Status: s.index.Status(), Data: msg}
	if err := s.pages["problem"].ExecuteTemplate(w, "layout", p); err != nil {
		s.log.Error("web: rendering", "page", "problem", "err", err)
	}
}

func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	s.problem(w, r, http.StatusNotFound, "No such page. The catalog has datasets, jobs and nodes.")
}

// Limits of the HTTP server `veil web` runs: it may face the internet.
const (
	MaxConns          = 256 // open connections; more wait to be accepted
	MaxInFlight       = 64  // requests served at once; more get 503
	ReadHeaderTimeout = 5 * time.Second
	WriteTimeout      = 30 * time.Second
	IdleTimeout       = 60 * time.Second
	MaxHeaderBytes    = 16 << 10
)

// Listen listens on addr with at most MaxConns connections open.
func Listen(addr string) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	return netutil.LimitListener(ln, MaxConns), nil
}

// HTTPServer is an http.Server for h with the catalog's limits.
func HTTPServer(addr string, h http.Handler) *http.Server {
	return &http.Server{Addr: addr, Handler: h, ReadHeaderTimeout: ReadHeaderTimeout, ReadTimeout: ReadHeaderTimeout,
		WriteTimeout: WriteTimeout, IdleTimeout: IdleTimeout, MaxHeaderBytes: MaxHeaderBytes}
}
