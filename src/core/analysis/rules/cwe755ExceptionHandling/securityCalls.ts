// Calls whose failure is a security verdict: when they raise or return an error, the caller must refuse. Written as
// data (names by kind) so the exception, Go and Rust rules share one list.

/** Last name parts, lower-case, with `_` removed: `check_permission` and `checkPermission` read alike. */
const SECURITY_NAMES: readonly RegExp[] = [
  // signature, token and certificate verification
  /^verify\w*$/,
  /\w+verify$/,
  /^(checksignature|validatetoken|validatesignature|parseclaimsjws|parsesignedclaims|parsewithclaims|verifysignature)$/,
  // authentication and authorisation
  /^(authenticate|authorize|authorise|login|checkpassword|checkpw|comparedigest|checkpasswordhash|passwordverify)$/,
  /^(check|has|require|ensure|assert|demand)(permission|permissions|access|role|auth|admin|owner|scope)\w*$/,
  /^(isadmin|isauthorized|isauthorised|isauthenticated|checkaccess|comparehashandpassword)$/,
  // decryption and MAC checks
  /^(decrypt\w*|dofinal|unseal|open)$/,
  // validation whose failure is reported by raising
  /^(validate\w*|fullclean|isvalid|checkvalid\w*|sanitize|sanitise)$/,
  // privilege changes and permission setting
  /^(setuid|setgid|seteuid|setegid|setresuid|setresgid|setgroups|chroot|chmod|chown|setpermissions|droprivileges|dropprivileges)$/,
];

/** Qualified names that are security calls only through their receiver (`jwt.decode`, PHP `JWT::decode`, not any `decode`). */
const QUALIFIED =
  /(^|\.|\\)(jwt|jws|jose|JWT|Jwts|jsonwebtoken|signer|verifier|hmac|Fernet|fernet|box)(\.|::|->)(decode|verify|open|parse\w*)$/;

/** `open` and `parse` are security calls only when qualified (a bare `open` is a file). */
const NEEDS_RECEIVER = /^(open)$/;

function squashName(last: string): string {
  return last.replace(/_/g, '').toLowerCase();
}

/** True when a call with this callee (`name`: full text, `last`: its last part) decides a security question. */
export function isSecurityCall(name: string, last: string): boolean {
  if (QUALIFIED.test(name)) return true;
  const key = squashName(last);
  if (NEEDS_RECEIVER.test(key)) return false;
  return SECURITY_NAMES.some((re) => re.test(key));
}
