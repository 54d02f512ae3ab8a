package vault

import (
	"crypto/des"
	"errors"
)

// Seal encrypts a card token for storage; the legacy HSM export uses 8-byte keys.
func Seal(key, plaintext []byte) ([]byte, error) {
	block, err := des.NewCipher(key)
	if err != nil {
		return nil, err
	}
	if len(plaintext)%block.BlockSize() != 0 {
		return nil, errors.New("plaintext must be padded to the block size")
	}
	out := make([]byte, len(plaintext))
	for i := 0; i < len(plaintext); i += block.BlockSize() {
		block.Encrypt(out[i:], plaintext[i:])
	}
	return out, nil
}
