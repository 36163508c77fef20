package main

import (
	"fmt"

	"github.com/spf13/cobra"
)

func newJobListCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "list",
		Short: "List the jobs this home submitted",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return g.with(cmd.Context(), false, func(s *session) error {
				ids, err := s.market.BuyerJobs(cmd.Context(), s.home.Address(), s.home.Config.DeployBlock)
				if err != nil {
					return err
				}
				views := []*jobView{} // `--json` prints [] when there is none
				for _, id := range ids {
					v, err := s.jobView(cmd.Context(), id)
					if err != nil {
						return err
					}
					views = append(views, v)
				}
				if g.json {
					return g.printJSON(views)
				}
				rows := make([][]string, len(views))
				for i, v := range views {
					rows[i] = []string{fmt.Sprint(v.ID), v.State, v.Engine, fmt.Sprint(v.Epsilon), v.Payment, v.Deadline}
				}
				printTable(g, "ID\tSTATE\tENGINE\tε\tPAID\tDEADLINE", rows)
				return nil
			})
		},
	}
}
