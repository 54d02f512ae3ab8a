// Ruby CWE-78 rules: each flags its vulnerable snippet and stays silent on the safe twin (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'ruby-shell-command',
    'ruby',
    'def archive\n  system("tar czf out.tgz #{params[:dir]}")\nend\n',
    'def archive\n  system("tar", "czf", "out.tgz", params[:dir])\nend\n',
    { requireCleanParse: true, name: 'one interpolated command string, or the program and its arguments apart' },
  ],
  [
    'ruby-shell-command',
    'ruby',
    'require "open3"\ndef search(pattern)\n  cmd = "grep " + pattern + " app.log"\n  Open3.capture2(cmd)\nend\n',
    'require "open3"\ndef search(pattern)\n  Open3.capture2("grep", "--", pattern, "app.log")\nend\n',
    { requireCleanParse: true, name: 'Open3 with a concatenated command in a local, or an argument vector' },
  ],
  [
    'ruby-shell-command',
    'ruby',
    'def ping\n  host = params[:host]\n  IO.popen("ping -c 1 #{host}").read\nend\n',
    'require "shellwords"\ndef ping\n  host = params[:host]\n  IO.popen("ping -c 1 #{Shellwords.escape(host)}").read\nend\n',
    { requireCleanParse: true, name: 'IO.popen of input, or of input quoted with Shellwords.escape' },
  ],
  [
    'ruby-shell-command',
    'ruby',
    'ALLOWED = %w[status log].freeze\ndef git\n  sub = params[:sub]\n  system("git #{sub}")\nend\n',
    'ALLOWED = %w[status log].freeze\ndef git\n  sub = params[:sub]\n  return head(:bad_request) unless ALLOWED.include?(sub)\n  system("git #{sub}")\nend\n',
    { requireCleanParse: true, name: 'an allow-list check with `unless` that exits first makes the command safe' },
  ],
  [
    'ruby-program-from-input',
    'ruby',
    'def run_tool\n  system(params[:tool], "--version")\nend\n',
    'def run_tool\n  system("git", "--version", params[:tool])\nend\n',
    { requireCleanParse: true, name: 'the program itself chosen by the request' },
  ],
  [
    'ruby-backtick-command',
    'ruby',
    'def listing(dir)\n  `ls -l #{dir}`\nend\n',
    'require "shellwords"\ndef listing(dir)\n  `ls -l #{Shellwords.escape(dir)}`\nend\n',
    { requireCleanParse: true, name: 'backticks interpolating a value, or the value quoted' },
  ],
  [
    'ruby-backtick-command',
    'ruby',
    'def disk_usage\n  %x(du -sh #{params[:path]})\nend\n',
    'def disk_usage\n  %x(du -sh /var/data)\nend\n',
    { requireCleanParse: true, name: '%x() with input, or a constant command' },
  ],
  [
    'ruby-pipe-open',
    'ruby',
    'def preview\n  render plain: open(params[:source]).read\nend\n',
    'def preview\n  render plain: File.read(File.basename(params[:source]))\nend\n',
    { requireCleanParse: true, name: 'Kernel#open of input, or File.read of a base name' },
  ],
  [
    'ruby-pipe-open',
    'ruby',
    'def load_rows(name)\n  IO.readlines(name)\nend\n',
    'def load_rows(name)\n  IO.readlines(File.join(DATA_DIR, name))\nend\n',
    { requireCleanParse: true, name: 'IO.readlines of a bare name, or of a path under a base directory' },
  ],
];

describeRuleCases('Ruby OS command injection (CWE-78)', CASES);
