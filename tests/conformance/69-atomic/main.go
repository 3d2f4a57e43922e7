// sync/atomic: AddInt64/AddInt32 from many goroutines, LoadInt64/
// LoadInt32, StoreInt32/StoreInt64, and CompareAndSwap succeeding and
// failing, including a CAS-claimed slot and a CAS loop tracking a maximum.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n64 int64
	var n32 int32
	var wg sync.WaitGroup
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				atomic.AddInt64(&n64, 2)
				atomic.AddInt32(&n32, -1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n64), atomic.LoadInt32(&n32))
	fmt.Println(atomic.AddInt64(&n64, 5), atomic.AddInt32(&n32, 5000))
	atomic.StoreInt32(&n32, 7)
	atomic.StoreInt64(&n64, -7)
	fmt.Println(n32, n64, atomic.LoadInt32(&n32), atomic.LoadInt64(&n64))
	fmt.Println(atomic.CompareAndSwapInt32(&n32, 7, 8), n32)
	fmt.Println(atomic.CompareAndSwapInt32(&n32, 7, 9), n32)
	fmt.Println(atomic.CompareAndSwapInt64(&n64, -7, 70), atomic.LoadInt64(&n64))
	fmt.Println(atomic.CompareAndSwapInt64(&n64, -7, 700), atomic.LoadInt64(&n64))
	var wrap int32 = 2147483647
	fmt.Println(atomic.AddInt32(&wrap, 1), atomic.AddInt64(&n64, -71))
	var claimed int32
	var claims int32
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if atomic.CompareAndSwapInt32(&claimed, 0, 1) {
				atomic.AddInt32(&claims, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("claims", claims, claimed)
	var maxSeen int64
	for g := 1; g <= 6; g++ {
		wg.Add(1)
		go func(v int64) {
			defer wg.Done()
			for {
				old := atomic.LoadInt64(&maxSeen)
				if v <= old || atomic.CompareAndSwapInt64(&maxSeen, old, v) {
					return
				}
			}
		}(int64(g * g))
	}
	wg.Wait()
	fmt.Println("max", atomic.LoadInt64(&maxSeen))
	var hits int64
	var mu sync.Mutex
	locked := 0
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 250; i++ {
				atomic.AddInt64(&hits, 1)
				mu.Lock()
				locked++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("hits", atomic.LoadInt64(&hits), "locked", locked)
}
