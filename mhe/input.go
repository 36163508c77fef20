package mhe

import "fmt"

const maxJobIDLen = 128

func checkJobID(jobID []byte) error {
	if len(jobID) == 0 || len(jobID) > maxJobIDLen {
		return fmt.Errorf("mhe: job id must have 1 to %d bytes, got %d", maxJobIDLen, len(jobID))
	}
	return nil
}

// EncryptInput encrypts an owner's contribution vector (see
// Plan.EncodeContribution) under the collective key, packed N values per
// ciphertext, and signs it for the job: the signature covers the committee,
// the job ID and the SHA-256 of the canonical encoding, so the input cannot
// be replayed in another job or by another owner.
func EncryptInput(c *Committee, key *CollectiveKey, jobID []byte, self Party, vec []float64) (Signed, error) {
	if err := checkJobID(jobID); err != nil {
		return Signed{}, err
	}
	if _, ok := c.member(self.Address); !ok {
		return Signed{}, ownerErr(self.Address, ErrUnknownOwner)
	}
	if key == nil || key.committee != c.id {
		return Signed{}, fmt.Errorf("mhe: collective key is missing or belongs to another committee")
	}
	cts, err := c.params.encrypt(key.pk, vec)
	if err != nil {
		return Signed{}, err
	}
	payload := c.params.encodeCiphertexts(kindInput, cts)
	id := c.id
	return sign(self.Signer, tagInput, self.Address, payload, id[:], jobID)
}
