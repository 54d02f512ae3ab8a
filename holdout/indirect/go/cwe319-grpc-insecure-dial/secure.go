package billing

import (
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
)

// Dial connects to the payments service in the other data centre.
func Dial(addr, caFile string) (*grpc.ClientConn, error) {
	creds, err := credentials.NewClientTLSFromFile(caFile, "")
	if err != nil {
		return nil, err
	}
	return grpc.NewClient(addr, grpc.WithTransportCredentials(creds))
}
