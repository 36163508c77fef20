package web

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/catalog"
)

// pathID reads a positive id from the path, without its .json suffix.
func pathID(r *http.Request, name string) (uint64, error) {
	v := strings.TrimSuffix(r.PathValue(name), ".json")
	id, err := strconv.ParseUint(v, 10, 64)
	if err != nil || id == 0 {
		return 0, errors.New("not an id")
	}
	return id, nil
}

// Catalog search results: the query as typed, for the form, and what it matched.
type catalogData struct {
	Query    queryForm         `json:"query"`
	Error    string            `json:"error,omitempty"`
	Datasets []catalog.Dataset `json:"datasets"`
	Total    int               `json:"total"` // datasets in the whole catalog
}

type queryForm struct {
	Text       string `json:"q"`
	Engine     string `json:"engine"`
	MaxPrice   string `json:"max_price"`
	MinEpsilon string `json:"min_epsilon"`
}

func (s *Server) catalog(w http.ResponseWriter, r *http.Request) {
	form := r.URL.Query()
	data := catalogData{Query: queryForm{Text: form.Get("q"), Engine: form.Get("engine"), MaxPrice: form.Get("max_price"),
		MinEpsilon: form.Get("min_epsilon")}, Total: len(s.index.Datasets(catalog.Query{}))}
	q, err := catalog.ParseQuery(form.Get)
	if err != nil {
		data.Error = err.Error()
		data.Datasets = []catalog.Dataset{}
	} else {
		data.Datasets = s.index.Datasets(q)
	}
	code := http.StatusOK
	if err != nil && wantsJSON(r) {
		code = http.StatusBadRequest
		s.writeJSON(w, code, data)
		return
	}
	s.answer(w, r, "catalog", "Catalog", "datasets", data)
}

func (s *Server) dataset(w http.ResponseWriter, r *http.Request) {
	s.numbered(w, r, "Dataset", "dataset", "datasets", func(id uint64) (any, bool) {
		d, ok := s.index.Dataset(id)
		if !ok {
			return nil, false
		}
		return datasetPage{DatasetRecord: d, Bars: budgetBars(&d.Dataset)}, true
	})
}

// numbered answers the page of a numbered record (a dataset, a job), or a
// not-found page that says as of which block.
func (s *Server) numbered(w http.ResponseWriter, r *http.Request, noun, page, nav string, get func(uint64) (any, bool)) {
	id, err := pathID(r, "id")
	if err != nil {
		s.problem(w, r, http.StatusNotFound, noun+" ids are positive numbers.")
		return
	}
	v, ok := get(id)
	if !ok {
		s.problem(w, r, http.StatusNotFound, fmt.Sprintf("No %s %d (as of block %d).", strings.ToLower(noun), id, s.index.Status().Block))
		return
	}
	s.answer(w, r, page, fmt.Sprintf("%s %d", noun, id), nav, v)
}

func (s *Server) jobs(w http.ResponseWriter, r *http.Request) {
	s.answer(w, r, "jobs", "Jobs", "jobs", map[string]any{"jobs": s.index.Jobs()})
}

func (s *Server) job(w http.ResponseWriter, r *http.Request) {
	s.numbered(w, r, "Job", "job", "jobs", func(id uint64) (any, bool) { return s.index.Job(id) })
}

func (s *Server) nodes(w http.ResponseWriter, r *http.Request) {
	s.answer(w, r, "nodes", "Nodes", "nodes", map[string]any{"nodes": s.index.Nodes()})
}

func (s *Server) node(w http.ResponseWriter, r *http.Request) {
	v := strings.TrimSuffix(r.PathValue("addr"), ".json")
	if !common.IsHexAddress(v) {
		s.problem(w, r, http.StatusNotFound, "Nodes are named by their address (0x and 40 hex digits).")
		return
	}
	n, ok := s.index.Node(common.HexToAddress(v))
	if !ok {
		s.problem(w, r, http.StatusNotFound, "No event names this address.")
		return
	}
	s.answer(w, r, "node", "Node "+n.Address, "nodes", n)
}
