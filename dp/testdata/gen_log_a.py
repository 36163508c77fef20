import json, mpmath as mp
mp.mp.dps = 60
def log_a_int(q, sigma, alpha):
    q, sigma = mp.mpf(q), mp.mpf(sigma)
    return mp.log(mp.fsum(mp.binomial(alpha, i) * q**i * (1-q)**(alpha-i) * mp.exp(mp.mpf(i*i-i)/(2*sigma**2)) for i in range(alpha+1)))
def log_a_quad(q, sigma, alpha):
    q, sigma, alpha = mp.mpf(q), mp.mpf(sigma), mp.mpf(alpha)
    f = lambda z: mp.npdf(z, 0, sigma) * ((1-q) + q*mp.exp((2*z-1)/(2*sigma**2)))**alpha
    z0 = sigma**2*mp.log(1/q-1) + mp.mpf(1)/2
    # the integrand's mass sits near 0 (the Gaussian) and near alpha (the tilted part)
    pts = {-mp.inf, mp.inf, mp.mpf(0), z0, alpha}
    for k in range(1, 41):
        for c in (0, z0, alpha):
            pts.add(c + k*sigma/2); pts.add(c - k*sigma/2)
    pts = sorted(pts)
    val, err = mp.quad(f, pts, maxdegree=12, error=True)
    return mp.log(val), err/val
params = [(1e-7,.1,1.01),(1e-6,.1,256),(1e-6,1,27),(1e-4,1.,1.5),(1e-3,1.,2),(.01,10,20),(.1,100,20.5),(.99,.1,256),(.999,100,256.1),
          (256/60000,1.12,8.3),(256/60000,1.12,9.1),(256/60000,1.12,2.5),(256/60000,1.12,32)]
out=[]
for q,s,a in params:
    if float(a).is_integer():
        v, how, relerr = log_a_int(q,s,int(a)), "exact binomial sum (mpmath, 60 digits)", 0
    else:
        v, relerr = log_a_quad(q,s,a); how = "mpmath quadrature of E_{z~N(0,s^2)}[((1-q)+q*exp((2z-1)/(2s^2)))^a]"
    out.append({"q":q,"sigma":s,"order":a,"log_a":float(v),"method":how,"quad_rel_err":float(relerr)})
    print(out[-1])
json.dump(out, open("log_a_quadrature.json","w"), indent=1)
