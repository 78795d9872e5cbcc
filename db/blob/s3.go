package blob

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/aws/smithy-go"
	tusd "github.com/tus/tusd/v2/pkg/handler"
	"github.com/tus/tusd/v2/pkg/memorylocker"
	"github.com/tus/tusd/v2/pkg/s3store"
)

// S3Config points at an S3-compatible bucket.
type S3Config struct {
	Endpoint        string // empty: AWS itself; otherwise e.g. https://s3.example.nl (path-style addressing)
	Region          string
	Bucket          string
	Prefix          string // prepended to every key, e.g. "leergang/"
	AccessKeyID     string // empty: the AWS SDK's default credential chain
	SecretAccessKey string
}

// S3 keeps files in a bucket with tusd's s3store layout: the object PREFIX+KEY
// holds the bytes (a multipart upload while tus receives them), PREFIX+KEY.info
// tusd's upload state.
type S3 struct {
	cfg    S3Config
	client *s3.Client
	tus    s3store.S3Store
}

func NewS3(cfg S3Config) *S3 {
	opts := s3.Options{Region: cfg.Region}
	if cfg.AccessKeyID != "" {
		opts.Credentials = credentials.NewStaticCredentialsProvider(cfg.AccessKeyID, cfg.SecretAccessKey, "")
	}
	if cfg.Endpoint != "" {
		opts.BaseEndpoint = aws.String(cfg.Endpoint)
		opts.UsePathStyle = true
	}
	// Only ask for checksums where the API requires them: several
	// S3-compatible servers do not understand the newer default.
	opts.RequestChecksumCalculation = aws.RequestChecksumCalculationWhenRequired
	opts.ResponseChecksumValidation = aws.ResponseChecksumValidationWhenRequired
	client := s3.New(opts)
	store := s3store.New(cfg.Bucket, client)
	store.ObjectPrefix = cfg.Prefix
	store.MetadataObjectPrefix = cfg.Prefix
	return &S3{cfg: cfg, client: client, tus: store}
}

func (s *S3) Describe() string {
	return fmt.Sprintf("s3 bucket %s (endpoint %q, prefix %q)", s.cfg.Bucket, s.cfg.Endpoint, s.cfg.Prefix)
}

func (s *S3) UseIn(c *tusd.StoreComposer) {
	s.tus.UseIn(c)
	// In-process locks for use without the server; the server replaces them
	// with PostgreSQL advisory locks shared by every copy (server/tuslock_pg.go).
	memorylocker.New().UseIn(c)
}

func (s *S3) key(key string) *string { return aws.String(s.cfg.Prefix + key) }

func (s *S3) Open(ctx context.Context, key string) (Object, error) {
	head, err := s.client.HeadObject(ctx, &s3.HeadObjectInput{Bucket: aws.String(s.cfg.Bucket), Key: s.key(key)})
	if err != nil {
		if isNotFound(err) {
			return nil, ErrNotFound
		}
		return nil, err
	}
	o := &s3Object{ctx: ctx, s: s, key: key, size: aws.ToInt64(head.ContentLength)}
	if head.LastModified != nil {
		o.mod = *head.LastModified
	}
	return o, nil
}

func (s *S3) Put(ctx context.Context, key string, r io.Reader, size int64) error {
	_, err := s.client.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(s.cfg.Bucket), Key: s.key(key),
		Body: r, ContentLength: aws.Int64(size)})
	return err
}

func (s *S3) Delete(ctx context.Context, key, uploadID string) error {
	if strings.HasPrefix(uploadID, key+"+") {
		// tusd knows the multipart upload, the object and its .info and .part.
		up, err := s.tus.GetUpload(ctx, uploadID)
		if err == nil {
			err = s.tus.AsTerminatableUpload(up).Terminate(ctx)
		}
		if err == nil || !errors.Is(err, tusd.ErrNotFound) {
			return err
		}
	}
	_, err := s.client.DeleteObjects(ctx, &s3.DeleteObjectsInput{Bucket: aws.String(s.cfg.Bucket), Delete: &types.Delete{
		Objects: []types.ObjectIdentifier{{Key: s.key(key)}, {Key: s.key(key + ".info")}, {Key: s.key(key + ".part")}},
		Quiet:   aws.Bool(true)}})
	return err
}

func isNotFound(err error) bool {
	var api smithy.APIError
	if errors.As(err, &api) {
		switch api.ErrorCode() {
		case "NotFound", "NoSuchKey", "404":
			return true
		}
	}
	return false
}

// s3Object reads an object with ranged GETs: Read streams from the current
// offset (one GET per seek), ReadAt asks for exactly the bytes it needs.
type s3Object struct {
	ctx  context.Context
	s    *S3
	key  string
	size int64
	mod  time.Time
	off  int64
	body io.ReadCloser
}

func (o *s3Object) Size() int64        { return o.size }
func (o *s3Object) ModTime() time.Time { return o.mod }

func (o *s3Object) get(from, to int64) (io.ReadCloser, error) {
	res, err := o.s.client.GetObject(o.ctx, &s3.GetObjectInput{Bucket: aws.String(o.s.cfg.Bucket), Key: o.s.key(o.key),
		Range: aws.String(fmt.Sprintf("bytes=%d-%d", from, to))})
	if err != nil {
		return nil, err
	}
	return res.Body, nil
}

func (o *s3Object) Read(p []byte) (int, error) {
	if o.off >= o.size {
		return 0, io.EOF
	}
	if o.body == nil {
		b, err := o.get(o.off, o.size-1)
		if err != nil {
			return 0, err
		}
		o.body = b
	}
	n, err := o.body.Read(p)
	o.off += int64(n)
	if err == io.EOF && o.off < o.size {
		err = io.ErrUnexpectedEOF
	}
	return n, err
}

func (o *s3Object) Seek(offset int64, whence int) (int64, error) {
	var abs int64
	switch whence {
	case io.SeekStart:
		abs = offset
	case io.SeekCurrent:
		abs = o.off + offset
	case io.SeekEnd:
		abs = o.size + offset
	default:
		return 0, errors.New("blob: invalid whence")
	}
	if abs < 0 {
		return 0, errors.New("blob: negative position")
	}
	if abs != o.off && o.body != nil {
		_ = o.body.Close()
		o.body = nil
	}
	o.off = abs
	return abs, nil
}

func (o *s3Object) ReadAt(p []byte, off int64) (int, error) {
	if off >= o.size {
		return 0, io.EOF
	}
	end := min(off+int64(len(p)), o.size)
	b, err := o.get(off, end-1)
	if err != nil {
		return 0, err
	}
	defer b.Close()
	n, err := io.ReadFull(b, p[:end-off])
	if err == nil && end-off < int64(len(p)) {
		err = io.EOF
	}
	return n, err
}

func (o *s3Object) Close() error {
	if o.body != nil {
		return o.body.Close()
	}
	return nil
}
