package hostile

import (
	"fmt"
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"
)

// Memory is a process's resident memory, from /proc/PID/status (Linux).
type Memory struct {
	RSS  int64 // now, bytes
	Peak int64 // high-water mark since the process started, bytes (VmHWM)
}

// ReadMemory reads the resident memory of process pid.
func ReadMemory(pid int) (Memory, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return Memory{}, fmt.Errorf("hostile: %w", err)
	}
	var m Memory
	for _, line := range strings.Split(string(b), "\n") {
		for field, dst := range map[string]*int64{"VmRSS:": &m.RSS, "VmHWM:": &m.Peak} {
			if v, ok := strings.CutPrefix(line, field); ok {
				kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
				if err != nil {
					return Memory{}, fmt.Errorf("hostile: /proc/%d/status: %s %q", pid, field, v)
				}
				*dst = kb << 10
			}
		}
	}
	if m.RSS == 0 || m.Peak == 0 {
		return Memory{}, fmt.Errorf("hostile: /proc/%d/status has no VmRSS or VmHWM", pid)
	}
	return m, nil
}

// Healthy reports whether http://addr/healthz answers 200 within 5 s.
func Healthy(addr string) bool {
	c := http.Client{Timeout: 5 * time.Second}
	resp, err := c.Get("http://" + addr + "/healthz")
	if err != nil {
		return false
	}
	resp.Body.Close()
	return resp.StatusCode == http.StatusOK
}
