package ipfs

import (
	"fmt"
	"net"
	"net/url"
	"strings"
)

// parseEndpoint accepts an http(s) URL with no path, query or credentials,
// or the multiaddr form kubo's config uses (/ip4/127.0.0.1/tcp/5001, also
// /ip6, /dns, /dns4, /dns6, optionally ending in /http or /https), and
// returns the base URL ("http://127.0.0.1:5001").
func parseEndpoint(what, s string) (string, error) {
	if strings.HasPrefix(s, "/") {
		return parseMultiaddr(what, s)
	}
	u, err := url.Parse(s)
	if err != nil {
		return "", fmt.Errorf("ipfs: %s %q: %w", what, s, err)
	}
	switch {
	case u.Scheme != "http" && u.Scheme != "https":
		return "", fmt.Errorf("ipfs: %s %q: want an http:// or https:// URL", what, s)
	case u.Host == "":
		return "", fmt.Errorf("ipfs: %s %q: no host", what, s)
	case u.User != nil || u.RawQuery != "" || u.Fragment != "" || strings.Trim(u.Path, "/") != "":
		return "", fmt.Errorf("ipfs: %s %q: give only scheme, host and port", what, s)
	}
	return u.Scheme + "://" + u.Host, nil
}

func parseMultiaddr(what, s string) (string, error) {
	parts := strings.Split(strings.TrimPrefix(s, "/"), "/")
	bad := fmt.Errorf("ipfs: %s %q: want /ip4|ip6|dns|dns4|dns6/HOST/tcp/PORT[/http|/https]", what, s)
	if len(parts) != 4 && len(parts) != 5 || parts[2] != "tcp" {
		return "", bad
	}
	scheme := "http"
	if len(parts) == 5 {
		if parts[4] != "http" && parts[4] != "https" {
			return "", bad
		}
		scheme = parts[4]
	}
	switch parts[0] {
	case "ip4", "ip6":
		if net.ParseIP(parts[1]) == nil {
			return "", bad
		}
	case "dns", "dns4", "dns6":
		if parts[1] == "" {
			return "", bad
		}
	default:
		return "", bad
	}
	return scheme + "://" + net.JoinHostPort(parts[1], parts[3]), nil
}
