package main

import (
	"fmt"
	"os"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/ml"
)

func newModelCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "model",
		Short: "Use a model you bought: evaluate it on labelled data, or predict",
	}
	cmd.AddCommand(newModelEvalCmd(g), newModelPredictCmd(g))
	return cmd
}

func readModelAndData(modelPath, dataPath string) (*ml.Model, *dataset.Table, error) {
	b, err := os.ReadFile(modelPath)
	if err != nil {
		return nil, nil, err
	}
	m, err := ml.Decode(b)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", modelPath, err)
	}
	f, err := os.Open(dataPath)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	t, err := dataset.Read(f)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", dataPath, err)
	}
	return m, t, nil
}

func newModelEvalCmd(g *globals) *cobra.Command {
	var label string
	cmd := &cobra.Command{
		Use:   "eval MODEL.json DATA.csv [--label L]",
		Short: "Score a model on a labelled CSV (accuracy, macro-F1, ROC AUC, log loss; R², RMSE for regression)",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			m, t, err := readModelAndData(args[0], args[1])
			if err != nil {
				return err
			}
			met, err := ml.Evaluate(m, t, label)
			if err != nil {
				return err
			}
			if g.json {
				return g.printJSON(met)
			}
			if m.Type == ml.TypeLinear {
				g.say("%d rows: R² %.4f, RMSE %.4g", met.Rows, met.R2, met.RMSE)
				return nil
			}
			g.say("%d rows: accuracy %.4f, macro-F1 %.4f, ROC AUC %.4f, log loss %.4f", met.Rows, met.Accuracy, met.MacroF1, met.AUC, met.LogLoss)
			return nil
		},
	}
	cmd.Flags().StringVar(&label, "label", "", "column holding the true values (default: the model's label)")
	return cmd
}

func newModelPredictCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "predict MODEL.json DATA.csv",
		Short: "Print one prediction per row (the class, or the value for regression)",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			m, t, err := readModelAndData(args[0], args[1])
			if err != nil {
				return err
			}
			preds, err := ml.Predict(m, t)
			if err != nil {
				return err
			}
			if g.json {
				return g.printJSON(preds)
			}
			for _, p := range preds {
				fmt.Fprintln(g.out, strconv.FormatFloat(p, 'g', -1, 64))
			}
			return nil
		},
	}
}
