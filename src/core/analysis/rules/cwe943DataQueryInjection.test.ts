// CWE-943 injection into data query logic (NoSQL): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const m = (body: string, params = 'string s'): string =>
  `using System;\nclass A\n{\n    object F(${params})\n    {\n        ${body}\n    }\n}\n`;

const CASES: RuleCase[] = [
  [
    'go-mongo-where-built',
    'go',
    'package shop\nfunc byBrand(coll *mongo.Collection, brand string) {\n\tcoll.Find(ctx, bson.M{"$where": "this.brand == \'" + brand + "\'"})\n}\n',
    'package shop\nfunc byBrand(coll *mongo.Collection, brand string) {\n\tcoll.Find(ctx, bson.M{"$where": "this.stock > this.reserved", "brand": brand})\n}\n',
    { name: 'a $where built from a value; a constant $where beside an equality', requireCleanParse: true },
  ],
  [
    'mongo-where-built',
    'java',
    'class R { Object f(String n) { return col.find(new Document("$where", "this.name == \'" + n + "\'")); } }',
    'class R { Object f(String n) { return col.find(Filters.eq("name", n)); } }',
    { requireCleanParse: true },
  ],
  [
    'mongo-where-built',
    'javascript',
    'function older(age) { return users.find({ $where: `this.age > ${age}` }); }\n',
    'function older(age) { return users.find({ age: { $gt: Number(age) } }); }\n',
    { requireCleanParse: true },
  ],
  [
    'go-decoded-bson-filter',
    'go',
    'package a\nfunc h(c *mongo.Collection, r *http.Request) {\n\tvar f bson.M\n\t_ = json.NewDecoder(r.Body).Decode(&f)\n\t_, _ = c.Find(r.Context(), f)\n}\n',
    'package a\nfunc h(c *mongo.Collection, r *http.Request) {\n\tvar q query\n\t_ = json.NewDecoder(r.Body).Decode(&q)\n\tf := bson.D{{Key: "tag", Value: q.Tag}}\n\t_, _ = c.Find(r.Context(), f)\n}\n',
    { requireCleanParse: true },
  ],
  [
    'php-request-in-mongo-filter',
    'php',
    "<?php\n$doc = $col->findOne(['email' => $_GET['email']]);\n",
    "<?php\n$doc = $col->findOne(['email' => (string) $_GET['email']]);\n",
    { requireCleanParse: true },
  ],
  [
    'cs-mongo-filter-built',
    'csharp',
    m('return col.Find("{ n: \'" + s + "\' }");'),
    m('return col.Find(Builders<BsonDocument>.Filter.Eq("n", s));'),
    { requireCleanParse: true },
  ],
];

describeRuleCases('CWE-943 injection into data query logic (NoSQL)', CASES);
