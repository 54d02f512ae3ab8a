// Ruby path traversal (CWE-22), XSS (CWE-79), weak hash (CWE-328) and weak random (CWE-338) rules: each flags its
// vulnerable snippet and stays silent on the safe twin (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'ruby-path-traversal',
    'ruby',
    'def download\n  send_file File.join(UPLOADS, params[:name])\nend\n',
    'def download\n  send_file File.join(UPLOADS, File.basename(params[:name]))\nend\n',
    { requireCleanParse: true, name: 'a joined name from the request, or its base name' },
  ],
  [
    'ruby-path-traversal',
    'ruby',
    'def show\n  path = File.expand_path(params[:name], DOCS)\n  File.read(path)\nend\n',
    'def show\n  path = File.expand_path(params[:name], DOCS)\n  raise ArgumentError, "outside" unless path.start_with?(DOCS + "/")\n  File.read(path)\nend\n',
    { requireCleanParse: true, name: 'an expanded path, read with or without a prefix check' },
  ],
  [
    'ruby-unescaped-html',
    'ruby',
    'def greeting\n  "<p>Hello #{params[:name]}</p>".html_safe\nend\n',
    'def greeting\n  "<p>Hello #{ERB::Util.html_escape(params[:name])}</p>".html_safe\nend\n',
    { requireCleanParse: true, name: 'html_safe on interpolated input, or on escaped input' },
  ],
  [
    'ruby-unescaped-html',
    'ruby',
    'def bio\n  raw(params[:bio])\nend\n',
    'def bio\n  raw(sanitize(params[:bio]))\nend\n',
    { requireCleanParse: true, name: 'raw of input, or of sanitized input' },
  ],
  [
    'ruby-weak-hash',
    'ruby',
    'require "digest"\ndef store_password(user, password)\n  user.password_digest = Digest::MD5.hexdigest(password)\nend\n',
    'require "bcrypt"\ndef store_password(user, password)\n  user.password_digest = BCrypt::Password.create(password)\nend\n',
    { requireCleanParse: true, name: 'MD5 of a password, or bcrypt' },
  ],
  [
    'ruby-weak-random',
    'ruby',
    'def reset_token\n  rand(36**20).to_s(36)\nend\n',
    'require "securerandom"\ndef reset_token\n  SecureRandom.urlsafe_base64(32)\nend\n',
    { requireCleanParse: true, name: 'rand for a token, or SecureRandom' },
  ],
];

describeRuleCases('Ruby path traversal, XSS and weak crypto', CASES);
