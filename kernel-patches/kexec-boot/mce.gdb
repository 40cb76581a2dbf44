# mce.gdb - run by kexec-boot.sh against QEMU's gdbstub: let the guest
# run until its first machine check (the 0x200 vector, in real mode
# whatever the MMU state) and print where it came from: SRR0 (the
# instruction), SRR1 (the MSR then: IR/DR clear is real mode), DAR (the
# address) and LR, then the saved LR of each frame up the stack's back
# chain.  A guest that powers off ends the connection, and gdb with it.
set pagination off
set confirm off
set architecture powerpc:common64
target remote 127.0.0.1:KEXEC_GDB_PORT
hbreak *0x200
continue
printf "MCE SRR0 %lx\n", $srr0
printf "MCE SRR1 %lx\n", $srr1
printf "MCE DAR %lx\n", $dar
printf "MCE LR %lx\n", $lr
set $f = $r1
set $i = 0
while $i < 6 && $f != 0
  set $f = *(unsigned long *)$f
  if $f != 0
    printf "MCE CALLER %lx\n", *(unsigned long *)($f + 16)
  end
  set $i = $i + 1
end
kill
quit
