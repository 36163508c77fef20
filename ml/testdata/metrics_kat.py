#!/usr/bin/python3
"""Writes metrics_kat.json: known answers for ml's metrics, computed by
scikit-learn 1.2.1 (Debian bookworm package python3-sklearn).

Run from this directory: /usr/bin/python3 metrics_kat.py > metrics_kat.json
"""
import json

import numpy as np
from sklearn.metrics import (accuracy_score, f1_score, log_loss,
                             mean_squared_error, r2_score, roc_auc_score)

rng = np.random.RandomState(20240601)
cases = []

# Binary: scores rounded to one decimal so that many are tied.
y = rng.randint(0, 2, 60)
score = np.clip(np.round(0.35 * y + rng.uniform(0, 0.7, 60), 1), 0.01, 0.99)
pred = (score >= 0.5).astype(int)
cases.append({
    "name": "binary with ties", "classes": 2,
    "truth": y.tolist(), "pred": pred.tolist(),
    "prob": [[1 - s, s] for s in score.tolist()],
    "accuracy": accuracy_score(y, pred),
    "macro_f1": f1_score(y, pred, average="macro"),
    "auc": roc_auc_score(y, score),
    "log_loss": log_loss(y, score),
})

# Three classes; class 2 is never predicted (its F1 is 0).
y = rng.randint(0, 3, 45)
logits = rng.normal(size=(45, 3)) + 1.5 * np.eye(3)[y]
prob = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
prob = np.round(prob, 6)
prob = prob / prob.sum(axis=1, keepdims=True)
pred = np.where(prob[:, 0] >= prob[:, 1], 0, 1)
cases.append({
    "name": "three classes, one never predicted", "classes": 3,
    "truth": y.tolist(), "pred": pred.tolist(), "prob": prob.tolist(),
    "accuracy": accuracy_score(y, pred),
    "macro_f1": f1_score(y, pred, average="macro"),
    "auc": roc_auc_score(y, prob, multi_class="ovr", average="macro"),
    "log_loss": log_loss(y, prob),
})

# Regression.
t = rng.normal(150, 70, 40)
p = t + rng.normal(0, 50, 40)
regression = {
    "name": "regression", "truth": t.tolist(), "pred": p.tolist(),
    "r2": r2_score(t, p), "rmse": mean_squared_error(t, p) ** 0.5,
}

print(json.dumps({"classification": cases, "regression": regression}, indent=None))
