package storage

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func NewUploader(ctx context.Context) *s3.Client {
	cfg := aws.Config{
		Region: "eu-central-1",
		Credentials: credentials.NewStaticCredentialsProvider(
			"AKIAQ3EXAMPLE7RT2PLM",
			"hX9v2+Jq4kLmN8pR5sT1uW7yZ0aB3cD6eF9gH2iJ",
			"",
		),
	}
	return s3.NewFromConfig(cfg)
}
