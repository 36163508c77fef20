package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"golang.org/x/term"

	"github.com/veil-market/veil/home"
)

// password finds the keystore password: --password-file, VEIL_PASSWORD, an empty
// one for devnet homes, else a prompt on the terminal.
func (g *globals) password(h *home.Home, prompt string) (string, error) {
	if g.passwordFile != "" {
		b, err := os.ReadFile(g.passwordFile)
		if err != nil {
			return "", fmt.Errorf("reading --password-file: %w", err)
		}
		return strings.TrimRight(string(b), "\r\n"), nil
	}
	if pw, ok := os.LookupEnv("VEIL_PASSWORD"); ok {
		return pw, nil
	}
	if h != nil && h.Config.DevHome {
		return "", nil
	}
	return readSecret(prompt, "VEIL_PASSWORD or --password-file")
}

// readSecret prompts on the terminal without echo.
func readSecret(prompt, alternative string) (string, error) {
	fd := int(os.Stdin.Fd())
	if !term.IsTerminal(fd) {
		line, err := bufio.NewReader(os.Stdin).ReadString('\n')
		if err != nil && line == "" {
			return "", fmt.Errorf("a secret is needed and stdin is not a terminal: set %s", alternative)
		}
		return strings.TrimRight(line, "\r\n"), nil
	}
	fmt.Fprint(os.Stderr, prompt)
	b, err := term.ReadPassword(fd)
	fmt.Fprintln(os.Stderr)
	if err != nil {
		return "", fmt.Errorf("reading password: %w", err)
	}
	return string(b), nil
}

// unlockHome opens the home and unlocks its keys, without connecting to a chain.
func (g *globals) unlockHome() (*home.Home, *home.Secrets, error) {
	h, err := g.openHome()
	if err != nil {
		return nil, nil, err
	}
	pw, err := g.password(h, "Password for "+h.Dir+": ")
	if err != nil {
		return nil, nil, err
	}
	sec, err := h.Unlock(pw)
	if err != nil {
		return nil, nil, err
	}
	return h, sec, nil
}
