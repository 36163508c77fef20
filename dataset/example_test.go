package dataset_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/veil-market/veil/dataset"
)

func ExampleRead() {
	csv := "\uFEFFage,bmi,diabetic\r\n59, 32.1 ,1\r\n48,\"21.6\",0\r\n"
	t, err := dataset.Read(strings.NewReader(csv))
	if err != nil {
		log.Fatal(err)
	}
	bmi, _ := t.Column("bmi")
	fmt.Println(t.Columns, t.Len(), bmi)

	_, err = dataset.Read(strings.NewReader("a,b\n1,2\n3,abc\n"))
	fmt.Println(err)
	// Output:
	// [age bmi diabetic] 2 [32.1 21.6]
	// dataset: line 3, column "b": not a number: "abc"
}

func ExampleInspect() {
	s, err := dataset.Inspect(strings.NewReader("age,bmi,diabetic\n59,32.1,1\n48,21.6,0\n"))
	if err != nil {
		log.Fatal(err)
	}
	for _, c := range s.Columns {
		fmt.Println(c.Name, c.Type)
	}
	fmt.Println(s.Rows, "rows")
	// Output:
	// age integer
	// bmi real
	// diabetic binary
	// 2 rows
}

func ExampleNewMetadata() {
	s, err := dataset.Inspect(strings.NewReader("age,bmi,diabetic\n59,32.1,1\n48,21.6,0\n"))
	if err != nil {
		log.Fatal(err)
	}
	bounds, err := dataset.ParseBounds("age=0:120,bmi=10:60")
	if err != nil {
		log.Fatal(err)
	}
	m, err := dataset.NewMetadata("Clinic A", "Adults seen in 2024", s, bounds)
	if err != nil {
		log.Fatal(err)
	}
	doc, _ := m.Encode()
	hash, _ := m.Hash()
	fmt.Println(string(doc))
	fmt.Printf("%x\n", hash[:8])
	// Output:
	// {"version":1,"title":"Clinic A","description":"Adults seen in 2024","columns":[{"name":"age","type":"integer","bounds":[0,120]},{"name":"bmi","type":"real","bounds":[10,60]},{"name":"diabetic","type":"binary"}],"rows":2}
	// ff7de02e6569f766
}

func ExampleNarrowBounds() {
	declared := dataset.Bounds{Lo: 0, Hi: 120}
	b, err := dataset.NarrowBounds(declared, dataset.Bounds{Lo: 18, Hi: 90})
	fmt.Println(b, err)
	_, err = dataset.NarrowBounds(declared, dataset.Bounds{Lo: -1, Hi: 90})
	fmt.Println(err)
	// Output:
	// [18, 90] <nil>
	// dataset: bounds widen the declared bounds: requested [-1, 90], declared [0, 120]
}
