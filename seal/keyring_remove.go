package seal

// Remove forgets the identity of a dataset that never made it on-chain (its
// publication was refused). An entry with a dataset ID is kept: removing it would
// lose the only key to a published blob. It reports whether an entry was removed.
func (k *Keyring) Remove(digestHex string) bool {
	k.mu.Lock()
	defer k.mu.Unlock()
	e, ok := k.entries[digestHex]
	if !ok || e.OnChain {
		return false
	}
	delete(k.entries, digestHex)
	return true
}
