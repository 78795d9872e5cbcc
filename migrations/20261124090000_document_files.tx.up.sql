-- Documents with an uploaded file instead of a link: a file belongs to at most
-- one document, and the policy (who may download it) and the file clean-up
-- job (which keeps a document's file) look documents up by their file.
CREATE UNIQUE INDEX documents_file_key ON documents (file_id) WHERE file_id IS NOT NULL;
