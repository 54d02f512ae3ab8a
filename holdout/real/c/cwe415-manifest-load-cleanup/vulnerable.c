/* Loads the package manifest: a name line followed by one dependency per line. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct manifest {
	char  *name;
	char **deps;
	size_t ndeps;
};

static char *read_line(FILE *fp)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t n = getline(&line, &cap, fp);

	if (n < 0) {
		free(line);
		return NULL;
	}
	if (n > 0 && line[n - 1] == '\n')
		line[n - 1] = '\0';
	return line;
}

int manifest_load(const char *path, struct manifest *m)
{
	FILE *fp;
	char *name = NULL, *dep;
	int err = 0;

	memset(m, 0, sizeof(*m));
	fp = fopen(path, "r");
	if (!fp)
		return -errno;
	name = read_line(fp);
	if (!name || name[0] == '\0') {
		err = -EINVAL;
		free(name);
		goto out;
	}
	while ((dep = read_line(fp)) != NULL) {
		char **grown = realloc(m->deps, (m->ndeps + 1) * sizeof(*grown));
		if (!grown) {
			free(dep);
			err = -ENOMEM;
			goto out;
		}
		m->deps = grown;
		m->deps[m->ndeps++] = dep;
	}
	m->name = name;
	name = NULL;
out:
	if (err) {
		for (size_t i = 0; i < m->ndeps; i++)
			free(m->deps[i]);
		free(m->deps);
		memset(m, 0, sizeof(*m));
	}
	free(name);
	fclose(fp);
	return err;
}
