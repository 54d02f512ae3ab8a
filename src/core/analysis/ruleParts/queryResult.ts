// Database calls on a connection, pool or client: the rows they return are stored data chosen by the bound values,
// not the request's own text (a stored file name or stored markup needs what was written, which the code does not
// show). Read by the reflected-XSS and path rules as a sanitiser.
export const QUERY_RESULT =
  /(^|\.)(db|pool|conn|connection|client|knex|database|sql|prisma\.\w+)\.(query|execute|all|get|findOne|findMany|findAll|findUnique|findFirst)$/;
