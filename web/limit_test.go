package web

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// TestLimitRefusesBeyondCapacity: with every slot taken, a request is refused
// at once with 503 and Retry-After; once a slot frees, requests are served.
func TestLimitRefusesBeyondCapacity(t *testing.T) {
	release, entered := make(chan struct{}), make(chan struct{}, 2)
	h := limit(2, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		entered <- struct{}{}
		<-release
	}))
	done := make(chan struct{})
	for range 2 {
		go func() { h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/", nil)); done <- struct{}{} }()
	}
	<-entered
	<-entered
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if rec.Code != http.StatusServiceUnavailable || rec.Header().Get("Retry-After") != "1" {
		t.Fatalf("third request: %d %v", rec.Code, rec.Header())
	}
	close(release)
	<-done
	<-done
	rec = httptest.NewRecorder()
	go func() { <-entered }()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("after the slots freed: %d", rec.Code)
	}
}
