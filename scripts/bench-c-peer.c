/*
 * The floor for reading every page: what the C libraries alone cost.
 *
 * For each file named on standard input (paths ended by NUL bytes, as `find -print0`
 * writes them), on N threads:
 * libmagic's MIME type; for a PDF, poppler-glib's text of every page, stopping once the
 * text passes MAX_TEXT_BYTES (0: no limit), as `intake ingest --max-pages 0` does; the
 * SHA-256 of the file's bytes (GLib's GChecksum). No classification, no report, no worker
 * processes: the figure the per-page overhead of Intake is measured against.
 *
 * Usage: bench-c-peer THREADS MAX_TEXT_BYTES < paths0
 * Prints, on standard error: files, PDFs, pages in the PDFs, pages read.
 * Built by scripts/bench with: cc -O2 $(pkg-config --cflags --libs poppler-glib) -lmagic -pthread
 */
#include <errno.h>
#include <fcntl.h>
#include <magic.h>
#include <poppler.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char **paths;
static size_t path_count;
static size_t next_path;
static long long max_text_bytes;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static long long total_pdfs, total_pages, total_pages_read;

/* The next path to work on, or NULL when none is left. */
static const char *take_path(void) {
    pthread_mutex_lock(&lock);
    const char *path = next_path < path_count ? paths[next_path++] : NULL;
    pthread_mutex_unlock(&lock);
    return path;
}

/* SHA-256 of the file's bytes, read in 256 KiB blocks. */
static void hash_file(const char *path) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return;
    GChecksum *checksum = g_checksum_new(G_CHECKSUM_SHA256);
    static __thread unsigned char block[256 * 1024];
    ssize_t got;
    while ((got = read(fd, block, sizeof block)) > 0) g_checksum_update(checksum, block, (gsize)got);
    close(fd);
    volatile const char *digest = g_checksum_get_string(checksum);
    (void)digest;
    g_checksum_free(checksum);
}

/* Text of every page, up to the byte limit; counts pages. */
static void read_pdf(const char *path) {
    gchar *uri = g_filename_to_uri(path, NULL, NULL);
    if (!uri) return;
    PopplerDocument *document = poppler_document_new_from_file(uri, NULL, NULL);
    g_free(uri);
    if (!document) return;
    int pages = poppler_document_get_n_pages(document);
    int read = 0;
    long long text_bytes = 0;
    for (int index = 0; index < pages; index++) {
        PopplerPage *page = poppler_document_get_page(document, index);
        if (!page) break;
        char *text = poppler_page_get_text(page);
        read++;
        if (text) {
            text_bytes += (long long)strlen(text) + 1;
            g_free(text);
        }
        g_object_unref(page);
        if (max_text_bytes > 0 && text_bytes > max_text_bytes) break;
    }
    g_object_unref(document);
    pthread_mutex_lock(&lock);
    total_pdfs++;
    total_pages += pages;
    total_pages_read += read;
    pthread_mutex_unlock(&lock);
}

static void *work(void *unused) {
    (void)unused;
    magic_t cookie = magic_open(MAGIC_MIME_TYPE | MAGIC_ERROR);
    if (!cookie || magic_load(cookie, NULL) != 0) {
        fprintf(stderr, "bench-c-peer: libmagic: cannot load its database\n");
        exit(1);
    }
    const char *path;
    while ((path = take_path()) != NULL) {
        const char *mime = magic_file(cookie, path);
        if (mime && strcmp(mime, "application/pdf") == 0) read_pdf(path);
        hash_file(path);
    }
    magic_close(cookie);
    return NULL;
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: bench-c-peer THREADS MAX_TEXT_BYTES < paths0\n");
        return 2;
    }
    int threads = atoi(argv[1]);
    max_text_bytes = atoll(argv[2]);
    if (threads < 1 || threads > 256) {
        fprintf(stderr, "bench-c-peer: THREADS must be 1 to 256\n");
        return 2;
    }
    size_t capacity = 1024;
    paths = malloc(capacity * sizeof *paths);
    char *line = NULL;
    size_t line_capacity = 0;
    ssize_t length;
    while ((length = getdelim(&line, &line_capacity, '\0', stdin)) > 0) {
        if (line[length - 1] == '\0') --length;
        if (length == 0) continue;
        if (path_count == capacity) paths = realloc(paths, (capacity *= 2) * sizeof *paths);
        paths[path_count++] = strdup(line);
    }
    free(line);
    pthread_t *ids = calloc((size_t)threads, sizeof *ids);
    for (int index = 0; index < threads; index++) pthread_create(&ids[index], NULL, work, NULL);
    for (int index = 0; index < threads; index++) pthread_join(ids[index], NULL);
    fprintf(stderr, "files %zu pdfs %lld pages %lld pages_read %lld\n", path_count, total_pdfs, total_pages, total_pages_read);
    return 0;
}
