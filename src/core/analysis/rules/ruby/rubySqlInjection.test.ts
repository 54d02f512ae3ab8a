// Ruby CWE-89 rule: flags SQL built from data and stays silent on placeholders and hash conditions (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'ruby-sql-string',
    'ruby',
    'def recent(user)\n  Post.where("author = \'#{user.name}\'")\nend\n',
    'def recent(user)\n  Post.where("author_id = #{user.id}")\nend\n',
    { requireCleanParse: true, name: "a record's name spliced, or its integer id" },
  ],
  [
    'ruby-sql-string',
    'ruby',
    'def rows(sql)\n  connection.select_all(sql)\nend\n',
    'def rows(relation)\n  connection.select_all(relation.arel)\nend\n',
    { requireCleanParse: true, name: "SQL text handed in, or a relation's Arel tree" },
  ],
  [
    'ruby-sql-string',
    'ruby',
    'def search\n  User.where("name = \'#{params[:name]}\'")\nend\n',
    'def search\n  User.where("name = ?", params[:name])\nend\n',
    { requireCleanParse: true, name: 'interpolated where, or a placeholder' },
  ],
  [
    'ruby-sql-string',
    'ruby',
    'def search\n  User.where("email = \'" + params[:email] + "\'").first\nend\n',
    'def search\n  User.where(email: params[:email]).first\nend\n',
    { requireCleanParse: true, name: 'concatenated where, or hash conditions' },
  ],
  [
    'ruby-sql-string',
    'ruby',
    'def index\n  @posts = Post.order(params[:sort])\nend\n',
    'SORTS = %w[title created_at].freeze\ndef index\n  sort = params[:sort]\n  sort = "created_at" unless SORTS.include?(sort)\n  @posts = Post.order(sort)\nend\n',
    { requireCleanParse: true, name: 'ORDER BY from the request, or replaced unless allowed' },
  ],
  [
    'ruby-sql-string',
    'ruby',
    'def purge(id)\n  ActiveRecord::Base.connection.execute("DELETE FROM sessions WHERE id = #{id}")\nend\n',
    'def purge(id)\n  sql = ActiveRecord::Base.sanitize_sql_array(["DELETE FROM sessions WHERE id = ?", id])\n  ActiveRecord::Base.connection.execute(sql)\nend\n',
    { requireCleanParse: true, name: 'raw execute of interpolated SQL, or of sanitize_sql_array output' },
  ],
  [
    'ruby-sql-string',
    'ruby',
    'def named(name)\n  Person.find_by_sql("SELECT * FROM people WHERE name = \'#{name}\'")\nend\n',
    'def named(name)\n  Person.find_by_sql(["SELECT * FROM people WHERE name = ?", name])\nend\n',
    { requireCleanParse: true, name: 'find_by_sql with interpolation, or with a bound array' },
  ],
  [
    'ruby-sql-string',
    'ruby',
    'require "pg"\ndef orders_of(conn, customer)\n  conn.exec("SELECT * FROM orders WHERE customer = \'#{customer}\'")\nend\n',
    'require "pg"\ndef orders_of(conn, customer)\n  conn.exec_params("SELECT * FROM orders WHERE customer = $1", [customer])\nend\n',
    { requireCleanParse: true, name: 'pg exec of interpolated SQL, or exec_params with a bound value' },
  ],
  [
    'ruby-sql-string',
    'ruby',
    'def by_column\n  col = params[:col]\n  Project.where("#{Project.table_name}.#{col} = 1")\nend\n',
    'def members_of(id)\n  t = Member.table_name\n  Principal.joins(:members).where("#{t}.project_id = ? AND #{Project.table_name}.status <> #{STATUS_ARCHIVED}", id)\nend\n',
    {
      requireCleanParse: true,
      name: 'a request column spliced beside a table name, or only schema names and constants spliced',
    },
  ],
  [
    'ruby-sql-string',
    'ruby',
    'def pick\n  @users = User.where("id IN (#{params[:ids]})").to_a\nend\n',
    'def pick\n  @users = User.where(:id => (params[:user_id] || params[:user_ids])).to_a\n  Issue.where(:status_id => 3).update_all(:closed_on => nil)\nend\n',
    { requireCleanParse: true, name: 'request ids spliced into IN, or old-style hash conditions' },
  ],
  [
    'ruby-sql-string',
    'ruby',
    'def recent\n  News.order("#{sort_column} DESC")\nend\n',
    'def recent(archived)\n  compare = archived ? "" : "NOT"\n  News.where("#{compare} archived = 1").order("#{table_name}.created_on DESC")\nend\n',
    {
      requireCleanParse: true,
      name: "a bare method of unknown origin spliced into ORDER BY, or the model's table name",
    },
  ],
  [
    'ruby-sql-string',
    'ruby',
    'class Finder\n  def by_name(name)\n    Person.where("name = \'#{name}\'")\n  end\nend\n',
    'class Finder\n  def matching(conditions, *columns)\n    Person.where(conditions).select(*columns).order(*columns)\n  end\nend\n',
    {
      requireCleanParse: true,
      name: 'a parameter spliced into a condition, or conditions and columns handed on whole',
    },
  ],
  [
    'ruby-sql-string',
    'ruby',
    'def rows(db, name)\n  db.exec("SELECT * FROM t WHERE n = \'#{name}\'")\nend\n',
    'def call(route, env)\n  route.exec(env)\nend\n',
    { requireCleanParse: true, name: "a connection's exec of built SQL, or another object's exec method" },
  ],
  [
    'ruby-sql-string',
    'ruby',
    'def named?(name)\n  User.exists?("name = \'#{name}\'")\nend\n',
    'def demos?(root)\n  Dir.exists?(File.join(root, "demos"))\nend\n',
    { requireCleanParse: true, name: "a model's exists? with built SQL, or Dir.exists? of a joined path" },
  ],
];

describeRuleCases('Ruby SQL injection (CWE-89)', CASES);
