/* Path helpers of the backup agent. */
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#define BACKUP_PATH_MAX 256

/* Joins dir and name with exactly one '/' between them into out. */
int path_join(char out[BACKUP_PATH_MAX], const char *dir, const char *name)
{
	size_t dlen = strlen(dir);

	if (dlen >= BACKUP_PATH_MAX)
		return -1;
	memcpy(out, dir, dlen + 1);
	while (dlen > 1 && out[dlen - 1] == '/')
		out[--dlen] = '\0';
	while (*name == '/')
		name++;
	if (dlen > 0 && out[dlen - 1] != '/')
		strncat(out, "/", BACKUP_PATH_MAX);
	strncat(out, name, BACKUP_PATH_MAX);
	return 0;
}

int is_dir(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Destination of a file in the snapshot: <snap>/<relative path of the source>. */
int snapshot_target(char out[BACKUP_PATH_MAX], const char *snap, const char *src_root, const char *src)
{
	size_t rlen = strlen(src_root);

	if (strncmp(src, src_root, rlen) != 0)
		return -1;
	return path_join(out, snap, src + rlen);
}

void print_plan(const char *snap, const char *root, const char **files, int n)
{
	char target[BACKUP_PATH_MAX];

	for (int i = 0; i < n; i++) {
		if (snapshot_target(target, snap, root, files[i]) == 0)
			printf("%s -> %s\n", files[i], target);
		else
			fprintf(stderr, "skip %s\n", files[i]);
	}
}
