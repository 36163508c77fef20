"""Reference RDP of the Poisson-sampled Gaussian from Opacus, for
dp.SubsampledDistributedGaussian (subsampled_opacus_test.go).

Source: pytorch/opacus v1.5.4 (commit 4d0ebc84613d214fbfd37fbfd1390e3747a625ce),
opacus/accountants/analysis/rdp.py, function compute_rdp (Mironov, Talwar,
Zhang 2019, integer orders: the exact binomial sum of Section 3.3). Copy that
file beside this script as opacus_rdp.py (it needs numpy and scipy: Debian's
python3-numpy, python3-scipy) and run: python3 gen_opacus_sgm.py >
subsampled_opacus.json.

Opacus's value is the Rényi divergence of (1-q)N(0,z^2) + qN(1,z^2) from
N(0,z^2): a row of norm 1 replaced by one contributing zero, which is a
replace-one pair, so a sound replace-one accountant may not go below it.
At q = 1 with noise multiplier z/2 it is the full-batch Gaussian against a
shift of 2, exactly the replace-one release of rows of norm 1.
"""
import json
from opacus_rdp import compute_rdp

orders = [2, 3, 4, 5, 8, 12, 16, 24, 32, 64]
cases = []
for q in [0.001, 0.01, 0.05, 0.1, 0.3, 0.6, 1.0]:
    for z in [0.8, 1.1, 2.0, 5.0, 10.0]:
        for steps in [1, 100]:
            rdp = compute_rdp(q=q, noise_multiplier=z, steps=steps, orders=orders)
            cases.append({"q": q, "noise_multiplier": z, "steps": steps, "orders": orders,
                          "rdp": [float(r) for r in rdp]})
print(json.dumps({"source": "pytorch/opacus v1.5.4 (4d0ebc8) opacus/accountants/analysis/rdp.py compute_rdp, run by gen_opacus_sgm.py",
                  "cases": cases}, indent=1))
