DROP INDEX IF EXISTS documents_file_key;
