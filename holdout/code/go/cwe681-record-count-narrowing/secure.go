package main

import (
	"fmt"
	"os"
	"strconv"
)

type Point struct{ X, Y float64 }

const maxPoints = 10_000_000

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: gen COUNT")
		os.Exit(2)
	}
	n, err := strconv.ParseInt(os.Args[1], 10, 32)
	if err != nil || n <= 0 || n > maxPoints {
		fmt.Fprintln(os.Stderr, "COUNT must be a positive integer up to", maxPoints)
		os.Exit(2)
	}
	count := int32(n)
	points := make([]Point, 0, count)
	for i := int32(0); i < count; i++ {
		points = append(points, Point{float64(i), float64(i) * 2})
	}
	fmt.Println(len(points))
}
