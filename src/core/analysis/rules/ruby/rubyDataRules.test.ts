// Ruby deserialisation (CWE-502), open redirect (CWE-601) and mass assignment (CWE-915) rules: each flags its
// vulnerable snippet and stays silent on the safe twin (our own snippets).
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../../../adapters/node/nodeParser';
import { analyzeCode } from '../../analyzeCode';
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'ruby-unsafe-deserialization',
    'ruby',
    'def cart\n  Marshal.load(Base64.decode64(cookies[:cart]))\nend\n',
    'def cart\n  JSON.parse(Base64.decode64(cookies[:cart]))\nend\n',
    { requireCleanParse: true, name: 'Marshal.load of a cookie, or JSON.parse' },
  ],
  [
    'ruby-unsafe-deserialization',
    'ruby',
    'def import\n  YAML.load(request.body.read)\nend\n',
    'def import\n  YAML.safe_load(request.body.read)\nend\n',
    { requireCleanParse: true, name: 'YAML.load of the request body, or YAML.safe_load' },
  ],
  [
    'ruby-open-redirect',
    'ruby',
    'def after_login\n  redirect_to params[:return_to]\nend\n',
    'def after_login\n  redirect_to params[:return_to], only_path: true\nend\n',
    { requireCleanParse: true, name: 'a target from the request, or only its path' },
  ],
  [
    'ruby-open-redirect',
    'ruby',
    'get "/go" do\n  redirect params[:to]\nend\n',
    'get "/go" do\n  target = params[:to]\n  if target.start_with?("/")\n    redirect target\n  else\n    redirect "/"\n  end\nend\n',
    { requireCleanParse: true, name: 'Sinatra redirect, or only after a local-path check' },
  ],
  [
    'ruby-open-redirect',
    'ruby',
    'def confirm\n  user = User.confirm_by_token(params[:token])\n  redirect_to params[:next] || user.home\nend\n',
    'def confirm\n  user = User.confirm_by_token(params[:token])\n  redirect_to after_confirmation_path_for(user)\nend\n',
    { requireCleanParse: true, name: "a target from the request, or the application's own path hook" },
  ],
  [
    'ruby-mass-assignment',
    'ruby',
    'def create\n  @user = User.new(params[:user])\n  @user.save\nend\n',
    'def create\n  @user = User.new(params.require(:user).permit(:name, :email))\n  @user.save\nend\n',
    { requireCleanParse: true, name: 'the whole parameter hash, or strong parameters' },
  ],
  [
    'ruby-mass-assignment',
    'ruby',
    'def update\n  attrs = params[:account]\n  current_account.update(attrs)\nend\n',
    'def update\n  attrs = params.require(:account).permit(:display_name)\n  current_account.update(attrs)\nend\n',
    { requireCleanParse: true, name: 'through a local, unfiltered or permitted' },
  ],
  [
    'ruby-permit-all',
    'ruby',
    'def post_params\n  params.require(:post).permit!\nend\n',
    'def post_params\n  params.require(:post).permit(:title, :body)\nend\n',
    { requireCleanParse: true, name: 'permit! or a permit list' },
  ],
];

describeRuleCases('Ruby deserialisation, open redirect and mass assignment', CASES);

describe('ruby-mass-assignment', () => {
  it('leaves constructors of core and library classes alone: they take a value, not attributes', async () => {
    const code =
      'def open_log\n  Logger.new(params[:log])\n  URI.new(params[:u])\n  Account.new(params[:account])\nend\n';
    const { findings } = await analyzeCode(code, 'ruby', nodeParser());
    expect(findings.filter((f) => f.rule === 'ruby-mass-assignment').map((f) => f.line)).toEqual([4]);
  });

  it('leaves calls with several values or a literal key list alone, and still flags a lone parameter hash', async () => {
    const code = [
      'def index',
      '  pages = Paginator.new(total, 25, params[:page])',
      '  token = Token.new(:user => User.find(params[:id]), :action => "recovery")',
      '  Member.create(params[:member])',
      'end',
      '',
    ].join('\n');
    const { findings } = await analyzeCode(code, 'ruby', nodeParser());
    expect(findings.filter((f) => f.rule === 'ruby-mass-assignment').map((f) => f.line)).toEqual([4]);
  });
});
