package main

import (
	"errors"
	"os"

	"github.com/spf13/cobra"

	"github.com/veil-market/veil/home"
	"github.com/veil-market/veil/internal/fsutil"
)

// passphrase reads a backup passphrase from VEIL_BACKUP_PASSPHRASE or the terminal.
func passphrase(confirm bool) (string, error) {
	if p, ok := os.LookupEnv("VEIL_BACKUP_PASSPHRASE"); ok {
		return p, nil
	}
	p, err := readSecret("Backup passphrase: ", "VEIL_BACKUP_PASSPHRASE")
	if err != nil || !confirm {
		return p, err
	}
	again, err := readSecret("Repeat passphrase: ", "VEIL_BACKUP_PASSPHRASE")
	if err != nil {
		return "", err
	}
	if p != again {
		return "", errors.New("the passphrases differ")
	}
	return p, nil
}

func newBackupCmd(g *globals) *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "backup --out FILE",
		Short: "Write the home's keys (account, identities, dataset keys) to one passphrase-protected age file",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if out == "" {
				return errors.New("--out FILE is required")
			}
			h, sec, err := g.unlockHome()
			if err != nil {
				return err
			}
			pass, err := passphrase(true)
			if err != nil {
				return err
			}
			f, err := fsutil.Create(out, 0o600)
			if err != nil {
				return err
			}
			defer f.Abort()
			if err := h.Backup(f, sec, pass, 0); err != nil {
				return err
			}
			if err := f.Commit(); err != nil {
				return err
			}
			g.say("Backed up %s to %s (restore with veil restore %s --home NEW)", h.Dir, out, out)
			return nil
		},
	}
	cmd.Flags().StringVar(&out, "out", "", "backup file to write")
	return cmd
}

func newRestoreCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "restore FILE",
		Short: "Rebuild a home (--home, which must not exist yet) from a backup",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := os.Open(args[0])
			if err != nil {
				return err
			}
			defer f.Close()
			pass, err := passphrase(false)
			if err != nil {
				return err
			}
			pw, err := g.password(nil, "Account password: ")
			if err != nil {
				return err
			}
			h, err := home.Restore(f, pass, g.dir(), pw)
			if err != nil {
				return err
			}
			g.say("Restored %s into %s", h.Config.Account, h.Dir)
			return nil
		},
	}
}
