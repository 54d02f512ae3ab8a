import crypto from 'crypto';

export class TokenVault {
  constructor(private readonly key: Buffer) {}

  seal(plaintext: string): string {
    const cipher = crypto.createCipheriv('aes-128-ecb', this.key.subarray(0, 16), null);
    return Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]).toString('base64');
  }

  open(sealed: string): string {
    const decipher = crypto.createDecipheriv('aes-128-ecb', this.key.subarray(0, 16), null);
    return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64')), decipher.final()]).toString('utf8');
  }
}
