import json, mpmath as mp
mp.mp.dps = 40
orders = [a for a in [1 + x/10.0 for x in range(1,100)] + list(range(12,64)) + [128,256,512] if float(a).is_integer()]
def eps_ddg(sigma, m, l2, d, R, delta):
    sigma, l2, d, delta = mp.mpf(sigma), mp.mpf(l2), mp.mpf(d), mp.mpf(delta)
    tau = 10*mp.fsum(mp.exp(-2*mp.pi**2*sigma**2*mp.mpf(k)/(k+1)) for k in range(1, m))
    s = mp.sqrt(m)*sigma
    l1 = min(l2**2, mp.sqrt(d)*l2)
    best = mp.inf
    for a in orders:
        a = mp.mpf(a)
        r = min(a/2*(l2/s)**2 + tau*d, a/2*((l2/s)**2 + 2*tau*l1/s + tau**2*d), a/2*(l2/s + tau*mp.sqrt(d))**2) * R
        if delta**2 + mp.expm1(-r) >= 0: e = 0
        else: e = r + mp.log(1 - 1/a) - mp.log(delta*a)/(a-1)
        best = min(best, e)
    return float(tau), float(max(best, 0))
cases = [(100, 1, 20, 31, 30, 1e-5), (0.7, 4, 1, 5, 1, 1e-5), (0.6, 10, 3, 100, 1, 1e-6), (2500, 5, 1000, 31, 30, 1e-5), (40000, 3, 2000, 1000, 50, 1e-6)]
out = []
for sigma, m, l2, d, R, delta in cases:
    tau, e = eps_ddg(sigma, m, l2, d, R, delta)
    out.append({"share_sigma": sigma, "shares": m, "l2_sensitivity": l2, "dim": d, "rounds": R, "delta": delta, "tau": tau, "epsilon": e})
    print(out[-1])
json.dump(out, open("ddg.json","w"), indent=1)
